import pg from 'pg';
import { homeFeed } from '../dist/src/modules/catalog/discovery.queries.js';
const client = new pg.Client('postgresql://postgres@127.0.0.1:5432/scale_home'); await client.connect();
await client.query('set jit = off');
const now = new Date(), inMonth = new Date(Date.now()+30*86400e3);
const sub = { CINEMA: ['SEANCE_CINE','EVENEMENT_CINE','CINE_PLEIN_AIR'], MUSIQUE_LIVE: ['CONCERT','FESTIVAL_MUSIQUE'], LIVRE: ['LIVRE_PAPIER'], SPECTACLE: ['SPECTACLE_REPRESENTATION'] };
const sel = [
 { key: '1', kind: 'RULE', offerIds: [], subcategoryIds: sub.CINEMA, departmentCode: '35', beginsFrom: null, beginsUntil: null },
 { key: '2', kind: 'RULE', offerIds: [], subcategoryIds: sub.MUSIQUE_LIVE, departmentCode: null, beginsFrom: now, beginsUntil: inMonth },
 { key: '3', kind: 'RULE', offerIds: [], subcategoryIds: sub.LIVRE, departmentCode: '69', beginsFrom: null, beginsUntil: null },
 { key: '4', kind: 'RULE', offerIds: [], subcategoryIds: sub.SPECTACLE, departmentCode: '13', beginsFrom: now, beginsUntil: inMonth },
 { key: '5', kind: 'LIST', offerIds: [999990,999991,999992,999993,999994,999995,999996,999997,999998,999999,999980,999981], subcategoryIds: [], departmentCode: null, beginsFrom: null, beginsUntil: null },
];
const which = process.argv[2] ?? 'all';
const fake = { query: async (text, values) => { const r = await client.query('explain (analyze, buffers) ' + text, values); console.log(r.rows.map(x=>x['QUERY PLAN']).join('\n')); return []; } };
await homeFeed(fake, { around: which === 'national' ? null : {latitude:48.85, longitude:2.35}, radiusMeters: 50000, now, perModule: 12, changeSubcategoryIds: ['LIVRE_PAPIER','CONCERT','VISITE'], selections: which === 'nosel' ? [] : sel });
await client.end();
