import type { Comparability, GmgPart } from '../indicators/indicator-terms';
import type { Locale } from './locales';

/**
 * The fixed words of the indicator figure tables (a table or chart in a section, Key data, the Annex) in every
 * interface language, for the files and pages rendered on the server (Word, PDF, the portal). English is the
 * reference; the type makes every language complete. Terms from docs/i18n/glossary.md.
 */
export interface FigureTableWords {
  dataGap: string;
  /** A figure cell with no figure. */
  none: string;
  source: (names: string) => string;
  differing: (indicator: string, period: string, figures: string) => string;
  indicatorUnit: string;
  chartLeavesOut: string;
  chartAsTable: string;
  noFigures: string;
  keyDataCaption: string;
  keyDataHead: readonly [indicator: string, figure: string, unit: string, period: string];
  annexCaption: (part: string, title: string) => string;
  annexHead: readonly [indicator: string, period: string, disaggregation: string, figure: string, unit: string, source: string, comparability: string];
  comparability: Readonly<Record<Comparability, string>>;
  /** What the Annex says of a figure chosen among differing ones (SINGLE says nothing). */
  chosen: string;
  notChosen: string;
  differ: string;
  total: string;
  female: string;
  male: string;
  aged: (ages: string) => string;
  gmgParts: Readonly<Record<GmgPart, string>>;
}

const EN: FigureTableWords = {
  dataGap: 'data gap',
  none: '–',
  source: (names) => `Source: ${names}.`,
  differing: (indicator, period, figures) => `${indicator}, ${period}: organisations supplied different figures, shown side by side: ${figures}.`,
  indicatorUnit: 'Indicator (unit)',
  chartLeavesOut: 'The chart leaves out periods whose figures differ; the table shows them.',
  chartAsTable: 'Chart shown as its table.',
  noFigures: 'No figures for this table yet.',
  keyDataCaption: 'Key data: the latest figure of each core indicator',
  keyDataHead: ['Indicator', 'Figure', 'Unit', 'Period'],
  annexCaption: (part, title) => `Part ${part}: ${title}`,
  annexHead: ['Indicator', 'Period', 'Disaggregation', 'Figure', 'Unit', 'Source', 'Comparability'],
  comparability: { COMPARABLE: 'Comparable', PARTLY_COMPARABLE: 'Partly comparable', NOT_COMPARABLE: 'Not comparable' },
  chosen: 'Chosen of differing figures',
  notChosen: 'Not chosen (figures differ)',
  differ: 'Figures differ',
  total: 'Total',
  female: 'Female',
  male: 'Male',
  aged: (ages) => `aged ${ages}`,
  gmgParts: {
    I: 'Legal instruments',
    II: 'Population',
    III: 'Development (incl. remittances)',
    IV: 'Migrant stocks, refugees and students abroad',
  },
};

const FR: FigureTableWords = {
  dataGap: 'lacune de données',
  none: '–',
  source: (names) => `Source : ${names}.`,
  differing: (indicator, period, figures) =>
    `${indicator}, ${period} : des organisations ont fourni des données divergentes, présentées côte à côte : ${figures}.`,
  indicatorUnit: 'Indicateur (unité)',
  chartLeavesOut: 'Le graphique omet les périodes aux données divergentes ; le tableau les présente.',
  chartAsTable: 'Graphique présenté sous forme de tableau.',
  noFigures: 'Aucune donnée pour ce tableau pour l’instant.',
  keyDataCaption: 'Données clés : la dernière valeur de chaque indicateur de base',
  keyDataHead: ['Indicateur', 'Valeur', 'Unité', 'Période'],
  annexCaption: (part, title) => `Partie ${part} : ${title}`,
  annexHead: ['Indicateur', 'Période', 'Ventilation', 'Valeur', 'Unité', 'Source', 'Comparabilité'],
  comparability: { COMPARABLE: 'Comparable', PARTLY_COMPARABLE: 'Partiellement comparable', NOT_COMPARABLE: 'Non comparable' },
  chosen: 'Retenue parmi des données divergentes',
  notChosen: 'Non retenue (données divergentes)',
  differ: 'Données divergentes',
  total: 'Total',
  female: 'Femmes',
  male: 'Hommes',
  aged: (ages) => `âgés de ${ages} ans`,
  gmgParts: {
    I: 'Instruments juridiques',
    II: 'Population',
    III: 'Développement (y compris les envois de fonds)',
    IV: 'Stocks de migrants, réfugiés et étudiants à l’étranger',
  },
};

const ES: FigureTableWords = {
  dataGap: 'vacío de datos',
  none: '–',
  source: (names) => `Fuente: ${names}.`,
  differing: (indicator, period, figures) => `${indicator}, ${period}: las organizaciones aportaron datos que difieren, mostrados uno junto a otro: ${figures}.`,
  indicatorUnit: 'Indicador (unidad)',
  chartLeavesOut: 'El gráfico omite los períodos con datos que difieren; la tabla los muestra.',
  chartAsTable: 'Gráfico mostrado como tabla.',
  noFigures: 'Todavía no hay datos para esta tabla.',
  keyDataCaption: 'Datos clave: la cifra más reciente de cada indicador básico',
  keyDataHead: ['Indicador', 'Cifra', 'Unidad', 'Período'],
  annexCaption: (part, title) => `Parte ${part}: ${title}`,
  annexHead: ['Indicador', 'Período', 'Desagregación', 'Cifra', 'Unidad', 'Fuente', 'Comparabilidad'],
  comparability: { COMPARABLE: 'Comparable', PARTLY_COMPARABLE: 'Parcialmente comparable', NOT_COMPARABLE: 'No comparable' },
  chosen: 'Elegida entre datos que difieren',
  notChosen: 'No elegida (los datos difieren)',
  differ: 'Los datos difieren',
  total: 'Total',
  female: 'Mujeres',
  male: 'Hombres',
  aged: (ages) => `de ${ages} años`,
  gmgParts: {
    I: 'Instrumentos jurídicos',
    II: 'Población',
    III: 'Desarrollo (incl. remesas)',
    IV: 'Stock de migrantes, refugiados y estudiantes en el extranjero',
  },
};

const RU: FigureTableWords = {
  dataGap: 'пробел в данных',
  none: '–',
  source: (names) => `Источник: ${names}.`,
  differing: (indicator, period, figures) => `${indicator}, ${period}: организации представили расходящиеся значения, они приведены рядом: ${figures}.`,
  indicatorUnit: 'Показатель (единица)',
  chartLeavesOut: 'На диаграмме нет периодов с расходящимися значениями; они приведены в таблице.',
  chartAsTable: 'Диаграмма показана в виде таблицы.',
  noFigures: 'Для этой таблицы пока нет значений.',
  keyDataCaption: 'Ключевые данные: последнее значение каждого основного показателя',
  keyDataHead: ['Показатель', 'Значение', 'Единица', 'Период'],
  annexCaption: (part, title) => `Часть ${part}: ${title}`,
  annexHead: ['Показатель', 'Период', 'Разбивка', 'Значение', 'Единица', 'Источник', 'Сопоставимость'],
  comparability: { COMPARABLE: 'Сопоставимо', PARTLY_COMPARABLE: 'Частично сопоставимо', NOT_COMPARABLE: 'Несопоставимо' },
  chosen: 'Выбрано из расходящихся значений',
  notChosen: 'Не выбрано (значения расходятся)',
  differ: 'Значения расходятся',
  total: 'Всего',
  female: 'Женщины',
  male: 'Мужчины',
  aged: (ages) => `в возрасте ${ages}`,
  gmgParts: {
    I: 'Правовые инструменты',
    II: 'Население',
    III: 'Развитие (включая денежные переводы)',
    IV: 'Численность мигрантов, беженцев и студентов за рубежом',
  },
};

const AR: FigureTableWords = {
  dataGap: 'فجوة في البيانات',
  none: '–',
  source: (names) => `المصدر: ${names}.`,
  differing: (indicator, period, figures) => `${indicator}، ${period}: قدّمت المنظمات قيماً مختلفة، معروضة جنباً إلى جنب: ${figures}.`,
  indicatorUnit: 'المؤشر (الوحدة)',
  chartLeavesOut: 'يُغفل الرسم البياني الفترات ذات القيم المختلفة؛ ويعرضها الجدول.',
  chartAsTable: 'الرسم البياني معروض في صورة جدول.',
  noFigures: 'لا توجد قيم لهذا الجدول بعد.',
  keyDataCaption: 'البيانات الرئيسية: أحدث قيمة لكل مؤشر أساسي',
  keyDataHead: ['المؤشر', 'القيمة', 'الوحدة', 'الفترة'],
  annexCaption: (part, title) => `الجزء ${part}: ${title}`,
  annexHead: ['المؤشر', 'الفترة', 'التصنيف', 'القيمة', 'الوحدة', 'المصدر', 'قابلية المقارنة'],
  comparability: { COMPARABLE: 'قابل للمقارنة', PARTLY_COMPARABLE: 'قابل للمقارنة جزئياً', NOT_COMPARABLE: 'غير قابل للمقارنة' },
  chosen: 'مختارة من بين القيم المختلفة',
  notChosen: 'غير مختارة (القيم مختلفة)',
  differ: 'القيم مختلفة',
  total: 'المجموع',
  female: 'إناث',
  male: 'ذكور',
  aged: (ages) => `الفئة العمرية ${ages}`,
  gmgParts: {
    I: 'الصكوك القانونية',
    II: 'السكان',
    III: 'التنمية (بما في ذلك التحويلات المالية)',
    IV: 'أعداد المهاجرين واللاجئين والطلاب في الخارج',
  },
};

export const FIGURE_TABLE_WORDS: Readonly<Record<Locale, FigureTableWords>> = { en: EN, fr: FR, es: ES, ru: RU, ar: AR };

/** The Intl tag a language formats numbers and dates with ("en" as in the United Kingdom: 2 December 2026). */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}
