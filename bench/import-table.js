'use strict';
// A generated portfolio table in the documents' layout: `count` new projects g1…gN for a
// year, each with a budget and a cost distribution that adds up to it. Used by the import
// timing (bench/import.js) and the end-to-end test of a large import.

/** `funders` in table order; the generated rows pay through the first two. */
function importTable(count, year, funders) {
  const header = [
    'Prioriteringskategori',
    'ID',
    'Prosjekt-/programnavn',
    'Ansvarlig virksomhet',
    'Prosjektleder/Programleder',
    'Fase',
    'Innsatsområde',
    'Status',
    `Budsjett ${year} (MNOK)`,
    ...funders,
  ];
  const lines = [header.join(';')];
  for (let i = 1; i <= count; i += 1) {
    const budget = 1 + (i % 97) * 0.25;
    const first = Math.round(budget * 60) / 100;
    const second = Math.round((budget - first) * 100) / 100;
    const shares = funders.map((_, f) => (f === 0 ? first : f === 1 ? second : null));
    const number = (n) => (n === null ? '' : String(n).replace('.', ','));
    lines.push(
      [
        1 + (i % 2),
        `g${i}`,
        `Generert prosjekt ${i}`,
        'Helse Vest',
        `Leder ${i}`,
        ['Konsept', 'Planlegging', 'Gjennomføring'][i % 3],
        '1.1 Generert',
        ['Grønn', 'Gul', 'Rød'][i % 3],
        number(budget),
        ...shares.map(number),
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

module.exports = { importTable };
