import { NetworkMap } from '../../src/report/model';
import { AGGREGATE_ABOVE, LABEL_UP_TO, networkMapSvg, networkMapTree, wrapText } from '../../src/report/render/networkMapSvg';
import { SvgNode } from '../../src/report/render/svgTree';

const LABELS = ['Kinder- und Jugendhilfe', 'Gesundheitsbereich', 'Psychosoziale Beratungsstellen/Dienste', 'Weitere Akteure'];

/** A map with `counts[i]` partners in sector i, every third one bound, and the given missing types. */
function map(counts: readonly number[], missing: readonly (readonly string[])[] = [[], [], [], []], name = (s: number, i: number) => `Partner ${s}-${i}`): NetworkMap {
  return {
    kind: 'map',
    title: 'Netzwerkkarte',
    caption: 'Das Netzwerk in vier Sektoren.',
    sectors: counts.map((n, s) => ({
      kernbereich: String(s),
      label: LABELS[s],
      partners: Array.from({ length: n }, (_, i) => ({ name: name(s, i), type: null, bound: i % 3 === 0, sozialraum: null })),
      missing: missing[s],
    })),
    unplaced: 0,
    legend: { bound: 'mit Kooperationsvereinbarung', unbound: 'ohne Vereinbarung', missing: 'fehlender Pflicht-Akteur' },
  };
}

/** Every node of a tree with a class containing `name`. */
function withClass(node: SvgNode | string, name: string): SvgNode[] {
  if (typeof node === 'string') return [];
  const own = String(node.attrs?.class ?? '').split(' ').includes(name) ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((c) => withClass(c, name))];
}

describe('network map', () => {
  it('draws one mark per partner, filled when bound, and one dashed place per missing required type', () => {
    const m = map([15, 5, 6, 5], [[], ['Kinderärzt:innen', 'Frauenärzt:innen', 'Geburtsklinik'], [], []]);
    const tree = networkMapTree(m, 'de');
    expect(withClass(tree, 'fh-partner')).toHaveLength(31);
    expect(withClass(tree, 'fh-bound').length).toBe(m.sectors.reduce((n, s) => n + s.partners.filter((p) => p.bound).length, 0));
    const missing = withClass(tree, 'fh-missing');
    expect(missing).toHaveLength(3);
    expect(JSON.stringify(missing)).toContain('Geburtsklinik');
    expect(JSON.stringify(missing)).toContain('stroke-dasharray');
    expect(tree.attrs?.['aria-label']).toBe('Netzwerkkarte: Das Netzwerk in vier Sektoren.');
  });

  it('keeps every mark inside its own quadrant', () => {
    const tree = networkMapTree(map([40, 12, 1, 0]), 'de');
    const { cx, cy } = { cx: 380, cy: 196 };
    const marks = withClass(tree, 'fh-partner').map((g) => (g.children ?? []).find((c): c is SvgNode => typeof c !== 'string' && c.tag === 'circle')?.attrs ?? {});
    const quadrant = (a: Record<string, unknown>) => `${Number(a.cx) < cx ? 'L' : 'R'}${Number(a.cy) < cy ? 'T' : 'B'}`;
    expect(marks.slice(0, 40).every((a) => quadrant(a) === 'LT')).toBe(true);
    expect(marks.slice(40, 52).every((a) => quadrant(a) === 'RT')).toBe(true);
    expect(quadrant(marks[52])).toBe('RB');
  });

  it('aggregates a crowded quadrant into counts that add up to its partners', () => {
    const tree = networkMapTree(map([AGGREGATE_ABOVE + 60, 124, 9, 83]), 'de');
    const aggregates = withClass(tree, 'fh-aggregate');
    expect(aggregates).toHaveLength(6);
    expect(aggregates.reduce((n, a) => n + Number(a.attrs?.['data-count']), 0)).toBe(100 + 124 + 83);
    expect(withClass(tree, 'fh-partner')).toHaveLength(9);
    expect(networkMapSvg(map([100, 124, 9, 83]), 'de')).toContain('Kreisfläche entspricht der Anzahl');
  });

  it('names partners beside a quadrant only when they are few', () => {
    const few = networkMapSvg(map([LABEL_UP_TO, 0, 0, 0]), 'de');
    const many = networkMapSvg(map([LABEL_UP_TO + 1, 0, 0, 0]), 'de');
    expect(few).toContain('>Partner 0-0</text>');
    expect(many).not.toContain('>Partner 0-0</text>');
    // The name still travels with its mark as a tooltip.
    expect(many).toContain('<title>Partner 0-0</title>');
  });

  it('escapes partner names and labels, in mark titles and in labels', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const svg = networkMapSvg(map([2, 0, 0, 0], [['"><script>'], [], [], []], () => evil), 'de');
    expect(svg).not.toMatch(/<img|<script/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;</title>');
    // The label beside the quadrant, cut to its room, is escaped text too.
    expect(svg).toMatch(/>&lt;img src=x onerror=alert\(1…<\/text>/);
    expect(svg).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('reads in English, and in a narrow layout stacks the text under the circle', () => {
    const tree = networkMapTree(map([3, 3, 3, 3], [[], ['Birth clinic'], [], []]), 'en', { narrow: true });
    expect(tree.attrs?.viewBox).toMatch(/^0 0 360 /);
    expect(JSON.stringify(tree)).toMatch(/"3 partners, 1 with( agreement)?"/);
    expect(withClass(tree, 'fh-missing')).toHaveLength(1);
  });

  it('wraps long labels at spaces and after slashes', () => {
    expect(wrapText('Psychosoziale Beratungsstellen/Dienste', 20)).toEqual(['Psychosoziale', 'Beratungsstellen/', 'Dienste']);
    expect(wrapText('Weitere Akteure', 24)).toEqual(['Weitere Akteure']);
  });
});
