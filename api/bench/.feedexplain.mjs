import pg from 'pg';
import { homeFeed } from '/work/wt-home/api/dist/src/modules/catalog/discovery.queries.js';
const client = new pg.Client('postgresql://postgres@127.0.0.1:5432/scale_home'); await client.connect();
const fake = { query: async (text, values) => { const r = await client.query('explain (analyze, buffers off) ' + text, values); console.log(r.rows.map(x=>x['QUERY PLAN']).join('\n')); return []; } };
const sel = JSON.parse(process.argv[2] ?? '[]').map(s=>({...s, beginsFrom: s.beginsFrom? new Date(s.beginsFrom):null, beginsUntil: s.beginsUntil?new Date(s.beginsUntil):null}));
await homeFeed(fake, { around: {latitude:48.85, longitude:2.35}, radiusMeters: 50000, now: new Date(), perModule: 12, changeSubcategoryIds: ['LIVRE_PAPIER','CONCERT','VISITE'], selections: sel });
await client.end();
