'use strict';
// Scaled benchmark data, written straight into the subgraphs' MySQL/MariaDB databases
// (the subgraphs are up: migrated and seeded with the documents' data).
//
//   scale s: portfolio   52 × s projects in total (the documents' projects plus generated
//                        "b1".."bN"), each generated one with a 2019 budget and 1–2 cost shares;
//            governance  meetings and agenda items × s (the documents: 5 meetings, 25 items),
//                        generated agenda items linked to generated projects;
//            architecture tiltak (measures) × s, linked to result goals, milestones,
//                        organisations and generated projects.
//
// Deterministic (seeded PRNG), batched plain INSERTs, one transaction per database.
// Usable on its own: node bench/generate.js --scale 100 --database-url mysql://... --prefix ehelse_bench_s100_
const mysql = require('mysql2/promise');

/** The documents' portfolio has 52 projects: scale 100 means 5 200. */
const PROJECTS_PER_SCALE = 52;
const YEAR = 2019;
const BATCH = 500;
const MARKER = (scale) => `bench-generated-scale-${scale}`;

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = [
  'Nasjonal',
  'Regional',
  'Felles',
  'Digital',
  'Samordnet',
  'Modernisert',
  'Sikker',
  'Helhetlig',
];
const SUBJECTS = [
  'pasientjournal',
  'legemiddelliste',
  'henvisning',
  'kjernejournal',
  'e-resept',
  'helseanalyse',
  'velferdsteknologi',
  'meldingsutveksling',
  'dokumentdeling',
  'timebestilling',
  'kodeverk',
  'terminologi',
  'grunndata',
  'identitetsforvaltning',
  'tilgangsstyring',
  'helsenorge-tjeneste',
  'laboratoriesvar',
  'radiologisvar',
  'pleie- og omsorgsmelding',
  'screeningprogram',
];
const SUFFIXES = [
  '',
  ' – innføring',
  ' – forprosjekt',
  ' – videreutvikling',
  ' – pilot',
  ' i kommunene',
  ' i spesialisthelsetjenesten',
];
const FIRST_NAMES = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Nora',
  'Erik',
  'Sigrid',
  'Anders',
  'Marit',
  'Jonas',
];
const LAST_NAMES = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Berg',
  'Haugen',
  'Dahl',
];
const PHASES = ['CONCEPT', 'PLANNING', 'EXECUTION', 'EXECUTION', 'COMPLETED'];
const STATUSES = ['GREEN', 'GREEN', 'YELLOW', 'RED', null];
const LOCATIONS = ['Oslo', 'Trondheim', 'Bergen', 'Tromsø', 'Digitalt', null];
const KINDS = [
  ['INFORMATION', 'Orientering'],
  ['DISCUSSION', 'Drøfting'],
  ['RECOMMENDATION', 'Anbefaling'],
  ['APPROVAL', 'Godkjenning'],
];
const VERBS = [
  'Etablere',
  'Innføre',
  'Utrede',
  'Videreutvikle',
  'Pilotere',
  'Forvalte',
  'Standardisere',
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const money = (value) => Math.round(value * 100) / 100;
const pad = (n) => String(n).padStart(2, '0');

function databaseUrl(base, name) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function connect(base, name) {
  return mysql.createConnection({
    uri: databaseUrl(base, name),
    charset: 'utf8mb4_unicode_ci',
    decimalNumbers: true,
  });
}

/** Batched multi-row INSERTs; returns the number of rows written. */
async function insert(connection, table, columns, rows) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const slice = rows.slice(start, start + BATCH);
    await connection.query(
      `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`,
      [slice],
    );
  }
  return rows.length;
}

async function alreadyGenerated(connection, scale) {
  const [rows] = await connection.query('SELECT dataset FROM seed_state WHERE dataset = ?', [
    MARKER(scale),
  ]);
  return rows.length > 0;
}

async function inTransaction(connection, scale, work) {
  await connection.beginTransaction();
  try {
    await work();
    await connection.query('INSERT INTO seed_state (dataset, seeded_at) VALUES (?, ?)', [
      MARKER(scale),
      new Date().toISOString(),
    ]);
    await connection.commit();
  } catch (error) {
    await connection.rollback();
    throw error;
  }
}

async function generatePortfolio(connection, scale, random) {
  const [organisations] = await connection.query(
    'SELECT id, name, short_name FROM organisation ORDER BY id',
  );
  const [focusAreas] = await connection.query('SELECT code FROM focus_area ORDER BY code');
  const [funders] = await connection.query('SELECT code FROM funder ORDER BY position, code');
  const [[{ existing }]] = await connection.query('SELECT COUNT(*) AS existing FROM project');
  if (!organisations.length || !focusAreas.length || !funders.length) {
    throw new Error(
      'portfolio database has no organisations, focus areas or funders: is it seeded?',
    );
  }
  const count = Math.max(0, PROJECTS_PER_SCALE * scale - existing);
  const projects = [];
  const budgets = [];
  const shares = [];
  for (let i = 1; i <= count; i += 1) {
    const id = `b${i}`;
    const organisation = pick(random, organisations);
    const name = `${pick(random, PREFIXES)} ${pick(random, SUBJECTS)}${pick(random, SUFFIXES)} (${i})`;
    const leader =
      random() < 0.6 ? `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}` : null;
    projects.push([
      id,
      name,
      organisation.id,
      leader,
      pick(random, PHASES),
      pick(random, STATUSES),
      random() < 0.85 ? 1 + Math.floor(random() * 2) : null,
      pick(random, focusAreas).code,
      1,
    ]);
    // Budgets are skewed like the real portfolio: many small projects, a few large ones.
    const amount = money(0.5 + 120 * random() ** 3);
    budgets.push([id, YEAR, amount]);
    const first = pick(random, funders).code;
    const second = pick(random, funders).code;
    if (second !== first && random() < 0.5 && amount >= 1) {
      const part = money(amount * (0.3 + 0.4 * random()));
      shares.push([id, YEAR, first, part], [id, YEAR, second, money(amount - part)]);
    } else {
      shares.push([id, YEAR, first, amount]);
    }
  }
  await insert(
    connection,
    'project',
    [
      'id',
      'name',
      'responsible_organisation_id',
      'leader',
      'phase',
      'status',
      'priority_category',
      'focus_area_code',
      'version',
    ],
    projects,
  );
  await insert(connection, 'project_budget', ['project_id', 'year', 'amount'], budgets);
  await insert(connection, 'cost_share', ['project_id', 'year', 'funder_code', 'amount'], shares);
  return {
    projectIds: projects.map((p) => p[0]),
    projectNames: projects.map((p) => p[1]),
    projectOrganisations: projects.map((p) => p[2]),
    organisations,
  };
}

async function generateGovernance(connection, scale, random, portfolio) {
  const [[{ meetings }]] = await connection.query('SELECT COUNT(*) AS meetings FROM meeting');
  const [[{ items }]] = await connection.query('SELECT COUNT(*) AS items FROM agenda_item');
  let [councils] = await connection.query(
    'SELECT DISTINCT council_id AS id FROM meeting ORDER BY council_id',
  );
  if (!councils.length) [councils] = await connection.query('SELECT id FROM council ORDER BY id');
  const meetingCount = meetings * (scale - 1);
  const itemCount = items * (scale - 1);
  const { projectIds, projectNames, projectOrganisations } = portfolio;
  const meetingRows = [];
  const itemRows = [];
  const links = [];
  const start = Date.UTC(2019, 0, 7);
  let itemNumber = 0;
  for (let m = 1; m <= meetingCount; m += 1) {
    const council = councils[(m - 1) % councils.length].id;
    const date = new Date(
      start + Math.floor(((m - 1) * 5 * 365 * 86_400_000) / Math.max(meetingCount, 1)),
    );
    const heldOn = date.toISOString().slice(0, 10);
    const year = heldOn.slice(2, 4);
    const meetingId = `${council}-b${m}`;
    meetingRows.push([
      meetingId,
      council,
      `B${m}/${year}`,
      heldOn,
      pick(random, LOCATIONS),
      null,
      1,
    ]);
    // Items spread evenly over the meetings (total = items × (scale − 1)); the first is the
    // approval of the agenda, the rest concern one or two projects each.
    const perMeeting =
      Math.floor((m * itemCount) / meetingCount) - Math.floor(((m - 1) * itemCount) / meetingCount);
    let minutes = 10 * 60;
    for (let position = 1; position <= perMeeting; position += 1) {
      itemNumber += 1;
      const id = `b${itemNumber}`;
      const duration = position === 1 ? 5 : 10 + 5 * Math.floor(random() * 10);
      const startsAt = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
      minutes += duration;
      const endsAt = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
      const number = `B${itemNumber}/${year}`;
      if (position === 1 || !projectIds.length) {
        itemRows.push([
          id,
          meetingId,
          position,
          number,
          'Godkjenning av innkalling og dagsorden',
          'APPROVAL',
          'Godkjenning',
          null,
          startsAt,
          endsAt,
          duration,
          'Innkalling og dagsorden godkjennes.',
          null,
          null,
        ]);
        continue;
      }
      const p = Math.floor(random() * projectIds.length);
      const [kind, label] = pick(random, KINDS);
      itemRows.push([
        id,
        meetingId,
        position,
        number,
        `${projectNames[p]}: status og veien videre`,
        kind,
        label,
        projectOrganisations[p],
        startsAt,
        endsAt,
        duration,
        `Utvalget tar saken om ${projectNames[p]} til ${label.toLowerCase()}.`,
        random() < 0.5 ? 'Vedtatt som foreslått.' : null,
        null,
      ]);
      links.push([id, projectIds[p]]);
      if (random() < 0.15) {
        const q = Math.floor(random() * projectIds.length);
        if (q !== p) links.push([id, projectIds[q]]);
      }
    }
  }
  await insert(
    connection,
    'meeting',
    ['id', 'council_id', 'number', 'held_on', 'location', 'note', 'version'],
    meetingRows,
  );
  await insert(
    connection,
    'agenda_item',
    [
      'id',
      'meeting_id',
      'position',
      'number',
      'title',
      'kind',
      'kind_label',
      'presenter_organisation_id',
      'starts_at',
      'ends_at',
      'duration_minutes',
      'proposed_decision',
      'decision',
      'note',
    ],
    itemRows,
  );
  await insert(connection, 'agenda_item_project', ['agenda_item_id', 'project_id'], links);
}

async function generateArchitecture(connection, scale, random, portfolio) {
  const [goals] = await connection.query('SELECT code FROM result_goal ORDER BY position, code');
  const [milestones] = await connection.query(
    'SELECT code, result_goal_code FROM milestone ORDER BY position, code',
  );
  const [positions] = await connection.query(
    'SELECT result_goal_code, MAX(position) AS last FROM measure GROUP BY result_goal_code',
  );
  const [[{ measures }]] = await connection.query('SELECT COUNT(*) AS measures FROM measure');
  if (!goals.length) throw new Error('architecture database has no result goals: is it seeded?');
  const lastPosition = new Map(positions.map((row) => [row.result_goal_code, row.last]));
  const milestonesOf = new Map(
    goals.map((goal) => [goal.code, milestones.filter((m) => m.result_goal_code === goal.code)]),
  );
  const { projectIds, organisations } = portfolio;
  const count = measures * (scale - 1);
  const measureRows = [];
  const organisationLinks = [];
  const projectLinks = [];
  for (let i = 1; i <= count; i += 1) {
    const goal = goals[(i - 1) % goals.length].code;
    const code = `${goal}-B${i}`;
    const position = (lastPosition.get(goal) ?? 0) + 1;
    lastPosition.set(goal, position);
    const own = milestonesOf.get(goal);
    const milestone = own.length && random() < 0.9 ? pick(random, own).code : null;
    const organisation = pick(random, organisations);
    const other = random() < 0.2 ? pick(random, organisations) : null;
    const responsibleText = [organisation, other && other.id !== organisation.id ? other : null]
      .filter(Boolean)
      .map((o) => o.short_name || o.name)
      .join('/')
      .slice(0, 100);
    measureRows.push([
      code,
      goal,
      milestone,
      `${pick(random, VERBS)} ${pick(random, SUBJECTS)} (tiltak ${i})`,
      organisation.id,
      responsibleText,
      0,
      null,
      position,
      1,
    ]);
    organisationLinks.push([code, organisation.id, 1]);
    if (other && other.id !== organisation.id) organisationLinks.push([code, other.id, 2]);
    if (projectIds.length) {
      const p = Math.floor(random() * projectIds.length);
      projectLinks.push([code, projectIds[p], 1]);
      if (random() < 0.25) {
        const q = Math.floor(random() * projectIds.length);
        if (q !== p) projectLinks.push([code, projectIds[q], 2]);
      }
    }
  }
  await insert(
    connection,
    'measure',
    [
      'code',
      'result_goal_code',
      'milestone_code',
      'title',
      'responsible_organisation_id',
      'responsible_text',
      'is_new',
      'note',
      'position',
      'version',
    ],
    measureRows,
  );
  await insert(
    connection,
    'measure_organisation',
    ['measure_code', 'organisation_id', 'position'],
    organisationLinks,
  );
  await insert(
    connection,
    'measure_project',
    ['measure_code', 'project_id', 'position'],
    projectLinks,
  );
}

/** Row counts of the tables the benchmark queries touch, per subgraph database. */
async function countRows(base, prefix) {
  const tables = {
    portfolio: ['project', 'project_budget', 'cost_share'],
    governance: ['meeting', 'agenda_item', 'agenda_item_project'],
    architecture: ['measure', 'measure_project', 'measure_organisation'],
  };
  const counts = {};
  for (const [subgraph, names] of Object.entries(tables)) {
    const connection = await connect(base, `${prefix}${subgraph}`);
    try {
      for (const table of names) {
        const [[row]] = await connection.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
        counts[table] = Number(row.n);
      }
    } finally {
      await connection.end();
    }
  }
  return counts;
}

/**
 * Adds the generated rows for `scale` (> 1) to the three databases `${prefix}{portfolio,governance,architecture}`.
 * Idempotent per database (a seed_state marker row); returns the time taken.
 */
async function generate({ databaseUrl: base, prefix, scale, seed = 20190619 }) {
  const started = Date.now();
  if (scale <= 1) return { ms: 0 };
  const random = prng(seed + scale);
  const portfolioDb = await connect(base, `${prefix}portfolio`);
  let portfolio;
  try {
    if (await alreadyGenerated(portfolioDb, scale)) {
      const [rows] = await portfolioDb.query(
        "SELECT id, name, responsible_organisation_id FROM project WHERE id LIKE 'b%' ORDER BY LENGTH(id), id",
      );
      const [organisations] = await portfolioDb.query(
        'SELECT id, name, short_name FROM organisation ORDER BY id',
      );
      portfolio = {
        projectIds: rows.map((r) => r.id),
        projectNames: rows.map((r) => r.name),
        projectOrganisations: rows.map((r) => r.responsible_organisation_id),
        organisations,
      };
    } else {
      await inTransaction(portfolioDb, scale, async () => {
        portfolio = await generatePortfolio(portfolioDb, scale, random);
      });
    }
  } finally {
    await portfolioDb.end();
  }
  for (const [subgraph, work] of [
    ['governance', generateGovernance],
    ['architecture', generateArchitecture],
  ]) {
    const connection = await connect(base, `${prefix}${subgraph}`);
    try {
      if (!(await alreadyGenerated(connection, scale))) {
        await inTransaction(connection, scale, () => work(connection, scale, random, portfolio));
      }
    } finally {
      await connection.end();
    }
  }
  return { ms: Date.now() - started };
}

module.exports = { generate, countRows, PROJECTS_PER_SCALE };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
  };
  const scale = Number(option('scale', '100'));
  const base = option(
    'database-url',
    process.env.DATABASE_URL || 'mysql://ehelse:ehelse@127.0.0.1:3306',
  );
  const prefix = option('prefix', process.env.DATABASE_PREFIX || 'ehelse_');
  generate({ databaseUrl: base, prefix, scale })
    .then(async ({ ms }) => {
      console.log(`generated scale ${scale} in ${ms} ms`, await countRows(base, prefix));
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
