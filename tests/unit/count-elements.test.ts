import { describe, expect, it } from 'vitest';
import { countElements } from '../../scripts/count-elements.mjs';

const count = countElements as (html: string) => { elements: number; fields: number };

describe('countElements (the DOM budget in npm run budget)', () => {
  it('counts every element and the fields autofill goes over', () => {
    const html =
      '<!DOCTYPE html><html><head><title>t</title></head><body><form><label>Name <input id="a"></label>' +
      '<select><option>1</option></select><textarea></textarea><input type="checkbox"><button>Go</button></form></body></html>';
    // html head title body form label input select option textarea input button
    expect(count(html)).toEqual({ elements: 12, fields: 4 });
  });

  it('leaves out what is inside a <template>, and hidden inputs as fields', () => {
    const html =
      '<div><template data-editor-template><div class="vs-editor"><input><input><textarea></textarea></div></template>' +
      '<input type="hidden" name="x"><input type=hidden></div>';
    expect(count(html)).toEqual({ elements: 3, fields: 0 });
  });

  it('does not read markup inside scripts, styles, comments or quoted attributes', () => {
    const html =
      '<p data-strings="{&quot;a&quot;:&quot;<b>x</b> > y&quot;}" title=\'<i>\'>text</p>' +
      '<script>document.write("<div><input></div>")</script><style>a::before{content:"<span>"}</style>' +
      '<!-- <section><input></section> --><span>1 < 2</span>';
    expect(count(html)).toEqual({ elements: 4, fields: 0 });
  });

  it('counts elements after a template closes again', () => {
    expect(count('<template><p></p></template><p></p><template></template><input>')).toEqual({
      elements: 2,
      fields: 1,
    });
  });
});
