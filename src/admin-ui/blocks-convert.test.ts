import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateBody, type Block } from '../domain/blocks.js';
import { getSchema } from '@tiptap/core';
import { blocksToDoc, docToBlocks, PRESERVED_BLOCK, type PmNode } from './blocks-convert.js';
import { bodyExtensions } from './editor-extensions.js';

const t = (text: string, marks: string[] = [], href?: string): PmNode => ({
  type: 'text',
  text,
  ...(marks.length || href ? { marks: [...marks.map((type) => ({ type })), ...(href ? [{ type: 'link', attrs: { href } }] : [])] } : {}),
});
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', ...(content.length ? { content } : {}) });
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });

const everyKind: Block[] = [
  { type: 'paragraph', content: [{ type: 'text', text: 'Київ, ' }, { type: 'text', text: 'важливо', bold: true }, { type: 'text', text: ' і ' }, { type: 'text', text: 'курсив', italic: true }, { type: 'text', text: ' обидва', bold: true, italic: true }, { type: 'text', text: ': ' }, { type: 'link', text: 'джерело', href: 'https://example.com/a' }] },
  { type: 'heading', level: 2, text: 'Подробиці' },
  { type: 'heading', level: 3, text: 'Менший' },
  { type: 'quote', content: [{ type: 'text', text: 'Ми впораємося.' }], cite: 'Міністр енергетики' },
  { type: 'quote', content: [{ type: 'text', text: 'Без автора' }] },
  { type: 'list', ordered: false, items: [[{ type: 'text', text: 'один' }], [{ type: 'text', text: 'два', bold: true }]] },
  { type: 'list', ordered: true, items: [[{ type: 'link', text: 'перший', href: 'mailto:desk@example.com' }]] },
  { type: 'image', mediaId: 3, caption: 'Підпис' },
  { type: 'video', provider: 'youtube', videoId: 'dQw4w9WgXcQ', title: 'Відео' },
  { type: 'embed', provider: 'telegram', url: 'https://t.me/channel/12' },
  { type: 'related', storyId: 7 },
];

test('every kind of block survives the trip to the editor and back unchanged', () => {
  assert.deepEqual(validateBody(everyKind), []);
  assert.deepEqual(docToBlocks(blocksToDoc(everyKind)), everyKind);
});

test('a body becomes the editor nodes Tiptap knows', () => {
  const d = blocksToDoc(everyKind);
  assert.deepEqual(d.content!.map((n) => n.type), ['paragraph', 'heading', 'heading', 'blockquote', 'blockquote', 'bulletList', 'orderedList', PRESERVED_BLOCK, PRESERVED_BLOCK, PRESERVED_BLOCK, PRESERVED_BLOCK]);
  assert.deepEqual(d.content![0]!.content![1], t('важливо', ['bold']));
  assert.deepEqual(d.content![0]!.content![6], t('джерело', [], 'https://example.com/a'));
  assert.deepEqual(d.content![1]!.attrs, { level: 2 });
  // The attribution is the quote's last line, as readers see it.
  assert.deepEqual(d.content![3]!.content![1], p(t('— Міністр енергетики')));
  assert.deepEqual(d.content![7]!.attrs, { block: everyKind[7] });
});

test('an empty body is one empty paragraph, and an empty document is an empty body', () => {
  assert.deepEqual(blocksToDoc([]), doc(p()));
  assert.deepEqual(docToBlocks(doc(p())), []);
  assert.deepEqual(docToBlocks({ type: 'doc' }), []);
});

test('empty paragraphs, headings, items and quotes are left out, so the body validates', () => {
  const blocks = docToBlocks(
    doc(
      p(),
      p(t('Перший.')),
      p(t('   ')),
      { type: 'heading', attrs: { level: 2 } },
      { type: 'blockquote', content: [p()] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p()] }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('так'))] }, { type: 'listItem', content: [p()] }] },
      p(t('Другий.')),
    ),
  );
  assert.deepEqual(blocks, [
    { type: 'paragraph', content: [{ type: 'text', text: 'Перший.' }] },
    { type: 'list', ordered: true, items: [[{ type: 'text', text: 'так' }]] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Другий.' }] },
  ]);
  assert.deepEqual(validateBody(blocks), []);
});

test('runs that look the same are merged; a link split by bold is one link again', () => {
  const blocks = docToBlocks(doc(p(t('a'), t('b'), t('c', ['bold']), t('d', ['bold']), t('ла', [], 'https://x.example/'), t('нка', ['bold'], 'https://x.example/'), t('!'))));
  assert.deepEqual(blocks, [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'ab' }, { type: 'text', text: 'cd', bold: true }, { type: 'link', text: 'ланка', href: 'https://x.example/' }, { type: 'text', text: '!' }],
    },
  ]);
});

test('two different links side by side stay two links', () => {
  const [block] = docToBlocks(doc(p(t('one', [], 'https://a.example/'), t('two', [], 'https://b.example/'))));
  assert.deepEqual(block, { type: 'paragraph', content: [{ type: 'link', text: 'one', href: 'https://a.example/' }, { type: 'link', text: 'two', href: 'https://b.example/' }] });
});

test('what a body cannot hold keeps its words: headings lose marks, levels are 2 or 3, breaks become spaces', () => {
  const blocks = docToBlocks(
    doc(
      { type: 'heading', attrs: { level: 1 }, content: [t('Великий '), t('жирний', ['bold'])] },
      { type: 'heading', attrs: { level: 4 }, content: [t('Дрібний')] },
      p(t('рядок'), { type: 'hardBreak' }, t('другий')),
      p(t('без посилання', [], '')),
    ),
  );
  assert.deepEqual(blocks, [
    { type: 'heading', level: 2, text: 'Великий жирний' },
    { type: 'heading', level: 3, text: 'Дрібний' },
    { type: 'paragraph', content: [{ type: 'text', text: 'рядок другий' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'без посилання' }] },
  ]);
});

test('a quote with several paragraphs becomes several quotes, the attribution on the last', () => {
  const blocks = docToBlocks(doc({ type: 'blockquote', content: [p(t('Раз.')), p(t('Два.')), p(t('— Речник'))] }));
  assert.deepEqual(blocks, [
    { type: 'quote', content: [{ type: 'text', text: 'Раз.' }] },
    { type: 'quote', content: [{ type: 'text', text: 'Два.' }], cite: 'Речник' },
  ]);
  // A single line that starts with a dash is the quote itself, not an attribution.
  assert.deepEqual(docToBlocks(doc({ type: 'blockquote', content: [p(t('— Так!'))] })), [{ type: 'quote', content: [{ type: 'text', text: '— Так!' }] }]);
});

test('nested lists are flattened into items, keeping every item', () => {
  const item = (...content: PmNode[]): PmNode => ({ type: 'listItem', content });
  const blocks = docToBlocks(doc({ type: 'bulletList', content: [item(p(t('верх')), { type: 'orderedList', content: [item(p(t('вкладений')))] }), item(p(t('низ')))] }));
  assert.deepEqual(blocks, [{ type: 'list', ordered: false, items: [[{ type: 'text', text: 'верх' }], [{ type: 'text', text: 'вкладений' }], [{ type: 'text', text: 'низ' }]] }]);
});

test('a kept block moved inside a quote or list is still kept, in its place', () => {
  const image: Block = { type: 'image', mediaId: 9 };
  const kept: PmNode = { type: PRESERVED_BLOCK, attrs: { block: image } };
  assert.deepEqual(docToBlocks(doc({ type: 'blockquote', content: [p(t('До')), kept, p(t('Після'))] })), [
    { type: 'quote', content: [{ type: 'text', text: 'До' }] },
    image,
    { type: 'quote', content: [{ type: 'text', text: 'Після' }] },
  ]);
  assert.deepEqual(docToBlocks(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('а')), kept] }, { type: 'listItem', content: [p(t('б'))] }] })), [
    { type: 'list', ordered: false, items: [[{ type: 'text', text: 'а' }]] },
    image,
    { type: 'list', ordered: false, items: [[{ type: 'text', text: 'б' }]] },
  ]);
});

test('unknown nodes from a paste keep their text as paragraphs', () => {
  const blocks = docToBlocks(doc({ type: 'codeBlock', content: [t('const a = 1;')] }, { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('клітинка'))] }] }] }));
  assert.deepEqual(blocks, [
    { type: 'paragraph', content: [{ type: 'text', text: 'const a = 1;' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'клітинка' }] },
  ]);
});

test("the editor's own schema accepts every converted body, and its JSON converts back the same", () => {
  const schema = getSchema(bodyExtensions());
  for (const body of [everyKind, [] as Block[]]) {
    const node = schema.nodeFromJSON(blocksToDoc(body));
    node.check();
    assert.deepEqual(docToBlocks(node.toJSON() as PmNode), body);
  }
  // Marks the body has no place for are not in the schema at all.
  assert.deepEqual(Object.keys(schema.marks).sort(), ['bold', 'italic', 'link']);
  assert.ok(!('codeBlock' in schema.nodes) && !('horizontalRule' in schema.nodes));
});

test('blocks the Photo, Video and Post tools insert (with the empty paragraph after them) save as those blocks', () => {
  const inserted: Block[] = [
    { type: 'image', mediaId: 7, caption: 'Підпис у матеріалі', credit: 'Автор' },
    { type: 'video', provider: 'vimeo', videoId: '76979871', title: 'Відео' },
    { type: 'embed', provider: 'telegram', url: 'https://t.me/ukrenergo/1' },
  ];
  const schema = getSchema(bodyExtensions());
  const edited = doc(p(t('Текст.')), ...inserted.map((block) => ({ type: PRESERVED_BLOCK, attrs: { block } })), p());
  schema.nodeFromJSON(edited).check();
  const body = docToBlocks(edited);
  assert.deepEqual(body, [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }, ...inserted]);
  assert.deepEqual(validateBody(body), []);
});
