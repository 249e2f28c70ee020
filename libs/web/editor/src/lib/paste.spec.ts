import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './paste';

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span lang=EN-GB>Return migration<o:p></o:p></span></h1>
<p class=MsoNormal style='mso-line-height-rule:exactly'><b><span style='mso-bidi-font-weight:normal'>Returns</span></b> grew
<i>sharply</i> in 2023.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>Seasonal workers<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span>&nbsp;</span></span><![endif]>From Germany<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span>1.<span>&nbsp;</span></span><!--[endif]-->First step<o:p></o:p></p>
<table class=MsoTableGrid border=1><tr><td width=100 style='border:solid windowtext 1.0pt'><p class=MsoNormal>Year<o:p></o:p></p></td></tr></table>
<!--EndFragment-->
<div style='mso-element:footnote-list'><![if !supportFootnotes]><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Border police register, 2023.</p></div></div>
</body></html>`;

describe('cleanPastedHtml', () => {
  const out = cleanPastedHtml(WORD);

  it('drops Office junk: styles, classes, comments, <o:p>', () => {
    expect(out).not.toMatch(/<style|<o:p|<!--|class=|mso-|lang=|<meta/i);
  });

  it('keeps headings (level 1 becomes 2), bold, italic and tables', () => {
    expect(out).toContain('<h2>Return migration</h2>');
    expect(out).toMatch(/<b>Returns<\/b>/);
    expect(out).toContain('<i>sharply</i>');
    expect(out).toMatch(/<table[^>]*>.*<td[^>]*><p>Year<\/p><\/td>/s);
  });

  it('turns Word list paragraphs into nested lists of the right kind', () => {
    expect(out).toMatch(/<ul><li><p>Seasonal workers<\/p><ul><li><p>From Germany<\/p><\/li><\/ul><\/li><\/ul>/);
    expect(out).toMatch(/<ol><li><p>First step<\/p><\/li><\/ol>/);
  });

  it('turns Word footnotes into footnote markers with their text', () => {
    expect(out).toContain('<sup data-footnote="" data-text="Border police register, 2023."></sup>');
    expect(out).not.toContain('_ftn');
  });

  it('keeps bold and italic given as styles, and drops other styles', () => {
    const html = cleanPastedHtml('<b style="font-weight:normal" id="docs-internal-guid-1"><span style="font-weight:700;color:red">Key</span> text</b>');
    expect(html).toBe('<b style="font-weight:normal"><span style="font-weight:700">Key</span> text</b>');
  });
});
