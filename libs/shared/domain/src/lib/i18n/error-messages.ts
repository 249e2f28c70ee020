import type { ErrorCode } from '../error-codes';
import { ERROR_MESSAGES_EN } from './error-messages-en';
import type { Locale } from './locales';

export { ERROR_MESSAGES_EN } from './error-messages-en';

/**
 * One sentence per contract error code in every interface language, for a person whose language is not English:
 * the API words its detailed messages in English (for developers and logs), and the web app shows these instead
 * (problemMessage in web-util), so nobody reads English in another language. Glossary: docs/i18n/glossary.md.
 */
export const ERROR_MESSAGES: Record<Locale, Record<ErrorCode, string>> = {
  en: ERROR_MESSAGES_EN,
  fr: {
    UNAUTHENTICATED: 'Votre session a pris fin. Veuillez vous reconnecter.',
    FORBIDDEN: 'Vous n’êtes pas autorisé·e à faire cela. Si vous pensez l’être, demandez à un coordinateur de cet espace de travail.',
    NOT_FOUND: 'Élément introuvable. Il a peut-être été supprimé, ou vous n’y avez pas accès.',
    BAD_USER_INPUT: 'Une partie de votre saisie ne peut pas être acceptée. Vérifiez le formulaire et réessayez.',
    CONFLICT: 'Quelqu’un a modifié cet élément en même temps que vous. Rechargez pour voir la dernière version, puis réessayez.',
    FAILED_PRECONDITION: 'Cette action n’est pas possible à cette étape du travail. Rechargez la page pour voir où en sont les choses.',
    RATE_LIMITED: 'Vous avez fait trop de demandes en peu de temps. Patientez une minute, puis réessayez.',
    SERVICE_UNAVAILABLE: 'Le service est très sollicité en ce moment. Rien n’a été modifié : réessayez dans un instant.',
  },
  es: {
    UNAUTHENTICATED: 'Su sesión ha terminado. Vuelva a iniciar sesión.',
    FORBIDDEN: 'No tiene permiso para hacer esto. Si cree que debería tenerlo, consulte a un coordinador de este espacio de trabajo.',
    NOT_FOUND: 'No se encontró este elemento. Puede que se haya eliminado o que no tenga acceso a él.',
    BAD_USER_INPUT: 'Parte de lo introducido no se puede aceptar. Revise el formulario e inténtelo de nuevo.',
    CONFLICT: 'Otra persona modificó esto al mismo tiempo. Vuelva a cargar para ver la última versión e inténtelo de nuevo.',
    FAILED_PRECONDITION: 'Esto no se puede hacer en esta etapa del trabajo. Vuelva a cargar la página para ver en qué punto está.',
    RATE_LIMITED: 'Ha hecho demasiadas solicitudes en poco tiempo. Espere un minuto e inténtelo de nuevo.',
    SERVICE_UNAVAILABLE: 'El servicio está muy ocupado en este momento. No se cambió nada: inténtelo de nuevo en un momento.',
  },
  ru: {
    UNAUTHENTICATED: 'Ваш сеанс завершён. Войдите снова.',
    FORBIDDEN: 'У вас нет прав на это действие. Если они должны у вас быть, обратитесь к координатору этого рабочего пространства.',
    NOT_FOUND: 'Не удалось найти. Возможно, это удалено или у вас нет доступа.',
    BAD_USER_INPUT: 'Часть введённых данных не может быть принята. Проверьте форму и повторите попытку.',
    CONFLICT: 'Кто-то изменил это одновременно с вами. Обновите страницу, чтобы увидеть последнюю версию, и повторите попытку.',
    FAILED_PRECONDITION: 'Это действие невозможно на данном этапе работы. Обновите страницу, чтобы увидеть текущее состояние.',
    RATE_LIMITED: 'Слишком много запросов за короткое время. Подождите минуту и повторите попытку.',
    SERVICE_UNAVAILABLE: 'Сервис сейчас перегружен. Ничего не изменено: повторите попытку чуть позже.',
  },
  ar: {
    UNAUTHENTICATED: 'انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.',
    FORBIDDEN: 'غير مسموح لك بالقيام بذلك. إذا كنت تعتقد أنه ينبغي السماح لك، فاسأل منسقًا في مساحة العمل هذه.',
    NOT_FOUND: 'تعذّر العثور على هذا العنصر. ربما حُذف، أو ليس لديك حق الوصول إليه.',
    BAD_USER_INPUT: 'لا يمكن قبول بعض ما أدخلته. راجع النموذج وحاول مرة أخرى.',
    CONFLICT: 'غيّر شخص آخر هذا العنصر في الوقت نفسه. أعد التحميل لرؤية أحدث نسخة، ثم حاول مرة أخرى.',
    FAILED_PRECONDITION: 'لا يمكن القيام بذلك في هذه المرحلة من العمل. أعد تحميل الصفحة لمعرفة الوضع الحالي.',
    RATE_LIMITED: 'لقد أرسلت طلبات كثيرة في وقت قصير. يرجى الانتظار دقيقة ثم المحاولة مرة أخرى.',
    SERVICE_UNAVAILABLE: 'الخدمة مشغولة جدًا الآن. لم يتغير شيء: يرجى المحاولة مرة أخرى بعد قليل.',
  },
};
