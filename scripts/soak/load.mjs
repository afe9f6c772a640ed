/**
 * The soak test's actors: enterprises that draft, edit, publish and close demands and answer
 * interests; experts that express interest. Every write the api acknowledged (2xx) is recorded:
 * those must not be lost. A 4xx is a refusal (nothing changed); a 5xx, a timeout or a refused
 * connection leaves the outcome unknown (it may or may not have been applied) and is reported.
 */
import { randomBytes } from 'node:crypto';
import { agent, ok, request } from '../../bench/lib/http.mjs';
import { sleep } from './procs.mjs';

const API = '/api/v1';
// One keep-alive socket per virtual user or so (the benchmarks' agent allows 4).
agent.maxSockets = 32;

/** Every demand's title says 光伏玻璃钢化工艺优化, so this saved query matches each of them. */
const SAVED_QUERY = '钢化工艺';

const SKILLS = ['钢化工艺', '镀膜', '深加工', '质量检测', '光伏组件', '自动化产线'];

/** Counts per operation kind: acknowledged, refused (4xx, by code), unknown outcome (by cause). */
export class OpStats {
  constructor() {
    this.kinds = new Map();
  }

  entry(kind) {
    if (!this.kinds.has(kind)) {
      this.kinds.set(kind, {
        acked: 0,
        refused: 0,
        unknown: 0,
        refusedCodes: {},
        unknownCauses: {},
      });
    }
    return this.kinds.get(kind);
  }

  /** Sends one request and files its outcome under `kind`. */
  async call(kind, options) {
    const e = this.entry(kind);
    let res;
    try {
      res = await request({ timeoutMs: 10_000, ...options });
    } catch (error) {
      e.unknown += 1;
      const cause = /timeout/.test(error.message) ? 'timeout' : (error.code ?? 'network');
      e.unknownCauses[cause] = (e.unknownCauses[cause] ?? 0) + 1;
      return { outcome: 'unknown', cause };
    }
    if (res.status >= 200 && res.status < 300) {
      e.acked += 1;
      return { outcome: 'ok', status: res.status, body: res.body };
    }
    if (res.status >= 400 && res.status < 500) {
      e.refused += 1;
      const code = `${res.status} ${res.body?.code ?? ''}`.trim();
      e.refusedCodes[code] = (e.refusedCodes[code] ?? 0) + 1;
      return { outcome: 'refused', status: res.status, body: res.body };
    }
    e.unknown += 1;
    e.unknownCauses[res.status] = (e.unknownCauses[res.status] ?? 0) + 1;
    return { outcome: 'unknown', cause: String(res.status), status: res.status };
  }

  totals() {
    let acked = 0;
    let refused = 0;
    let unknown = 0;
    for (const e of this.kinds.values()) {
      acked += e.acked;
      refused += e.refused;
      unknown += e.unknown;
    }
    return { acked, refused, unknown };
  }
}

// ---- setup (before any fault) -------------------------------------------------------------

const unique = () => randomBytes(5).toString('hex');
const password = () => `Soak-${randomBytes(9).toString('base64url')}-1`;

/** Signs up, confirms the address as its emailed link would (ADR 0017), and logs in. */
async function register(port, db, role, displayName) {
  const email = `${role}-${unique()}@soak.chanjiao.local`;
  const secret = password();
  await ok({
    port,
    method: 'POST',
    path: `${API}/auth/register`,
    body: { email, password: secret, role, displayName },
  });
  await db.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [email]);
  const body = await ok({
    port,
    method: 'POST',
    path: `${API}/auth/login`,
    body: { email, password: secret },
  });
  return { email, userId: body.user.id, token: body.accessToken };
}

/**
 * Verified enterprises and experts with profiles, through the API like real users (the admin
 * verifies each enterprise). `generateUscc` comes from the built reference context.
 */
export async function seedActors(
  port,
  { db, adminToken, enterprises, experts, generateUscc, rng },
) {
  const orgs = [];
  for (let i = 0; i < enterprises; i++) {
    const account = await register(port, db, 'enterprise', `企业联系人${i + 1}`);
    const org = await ok({
      port,
      method: 'POST',
      path: `${API}/enterprises`,
      token: account.token,
      body: {
        name: `示范市浸泡测试光伏玻璃有限公司${unique()}`,
        creditCode: generateUscc(unique(), '130302'),
        industryCode: '3042',
        size: 'medium',
        district: '130302',
        description: '光伏玻璃深加工',
        tags: ['光伏玻璃'],
      },
    });
    await ok({
      port,
      method: 'POST',
      path: `${API}/admin/organizations/${org.id}/verify`,
      token: adminToken,
    });
    orgs.push({ index: i, ...account, orgId: org.id });
  }
  const people = [];
  for (let i = 0; i < experts; i++) {
    const account = await register(port, db, 'expert', `专家${i + 1}`);
    const profile = await ok({
      port,
      method: 'POST',
      path: `${API}/experts`,
      token: account.token,
      body: {
        name: `浸泡专家${i + 1}`,
        title: '高级工程师',
        affiliation: '示范市浸泡测试研究院',
        district: '130303',
        industryCodes: ['3042'],
        fields: ['光伏玻璃'],
        skills: rng.shuffle(SKILLS).slice(0, 2),
        services: ['consulting', 'rnd'],
        contact: { phone: '13900000000', email: `expert${i}@soak.chanjiao.local` },
      },
    });
    people.push({ index: i, ...account, expertId: profile.id, savedSearch: null });
  }
  // Two experts watch for such demands: every published demand must alert them, once each
  // (the saved-search path runs on the search indexer's "indexed" signal, ADR 0008).
  for (const expert of people.slice(0, Math.min(2, people.length))) {
    const saved = await ok({
      port,
      method: 'POST',
      path: `${API}/saved-searches`,
      token: expert.token,
      body: { name: '钢化工艺需求', type: 'demands', q: SAVED_QUERY, alertsEnabled: true },
    });
    expert.savedSearch = saved.id;
  }
  return { orgs, experts: people };
}

// ---- the shared picture of what the api acknowledged ---------------------------------------

/**
 * What the actors know, from acknowledged responses only. Demands: the last acknowledged
 * version, title and status, and whether a request with an unknown outcome touched it since
 * (then PostgreSQL may hold a later version). Connections: the last acknowledged status.
 */
export class Ledger {
  constructor() {
    this.demands = new Map();
    this.connections = new Map();
    /** Open demands (as acknowledged), for experts to find. */
    this.open = [];
    /** `demandId|expertIndex` pairs already tried (an interest or an invitation): one each. */
    this.pairs = new Set();
  }

  demandAcked(view, ownerIndex) {
    const prev = this.demands.get(view.id);
    const d = prev ?? { id: view.id, owner: ownerIndex, uncertain: false };
    Object.assign(d, { version: view.version, title: view.title, status: view.status });
    if (prev) d.uncertain = false;
    this.demands.set(view.id, d);
    const i = this.open.indexOf(view.id);
    if (view.status === 'open' && i < 0) this.open.push(view.id);
    if (view.status !== 'open' && i >= 0) this.open.splice(i, 1);
    return d;
  }

  demandUncertain(id) {
    const d = this.demands.get(id);
    if (d) d.uncertain = true;
  }

  connectionAcked(view, extra = {}) {
    const prev = this.connections.get(view.id) ?? { id: view.id, ...extra };
    prev.status = view.status;
    prev.uncertain = false;
    this.connections.set(view.id, prev);
    return prev;
  }

  connectionUncertain(id) {
    const c = this.connections.get(id);
    if (c) c.uncertain = true;
  }
}

// ---- virtual users -------------------------------------------------------------------------

function demandBody(token, rng) {
  return {
    kind: 'rnd',
    title: `${token} 光伏玻璃钢化工艺优化`,
    description: `浸泡测试需求 ${token}：钢化炉良品率提升。`,
    skills: rng.shuffle(SKILLS).slice(0, 2),
    deadline: '2030-12-31',
    rnd: {
      problemType: 'technical_problem',
      budgetMin: 100000,
      budgetMax: 300000,
      ipTerms: 'shared',
    },
  };
}

/**
 * An enterprise's loop until `deadline`: draft (and re-edit drafts), publish, edit what is
 * open, now and then close one, and answer pending interests (accept mostly, decline some).
 */
export async function enterpriseUser({
  port,
  org,
  experts,
  rng,
  stats,
  ledger,
  inbox,
  invitations,
  deadline,
  limits,
}) {
  const token = org.token;
  const drafts = [];
  const open = [];
  let made = 0;
  const word = () => `soak${rng.letters(8)}`;
  while (Date.now() < deadline) {
    const pending = inbox.get(org.orgId) ?? [];
    const op = rng.weighted({
      create: drafts.length < 3 && made < limits.demandsPerEnterprise ? 3 : 0,
      editDraft: drafts.length > 0 ? 1 : 0,
      publish: drafts.length > 0 ? 3 : 0,
      editOpen: open.length > 0 ? 4 : 0,
      close: open.length > 4 ? 0.5 : 0,
      answer: pending.length > 0 ? 5 : 0,
      invite: open.length > 0 ? 3 : 0,
    });
    if (op === 'create') {
      made += 1;
      const r = await stats.call('demand.create', {
        port,
        method: 'POST',
        path: `${API}/demands`,
        token,
        body: demandBody(word(), rng),
      });
      if (r.outcome === 'ok') drafts.push(ledger.demandAcked(r.body, org.index).id);
    } else if (op === 'editDraft' || op === 'editOpen') {
      const list = op === 'editDraft' ? drafts : open;
      const id = rng.pick(list);
      const t = word();
      const r = await stats.call(op === 'editDraft' ? 'demand.edit-draft' : 'demand.edit-open', {
        port,
        method: 'PATCH',
        path: `${API}/demands/${id}`,
        token,
        body: {
          title: `${t} 光伏玻璃钢化工艺优化（第${rng.int(2, 99)}版）`,
          description: `浸泡测试需求 ${t}：修订说明。`,
        },
      });
      if (r.outcome === 'ok') ledger.demandAcked(r.body, org.index);
      else if (r.outcome === 'unknown') ledger.demandUncertain(id);
    } else if (op === 'publish') {
      const id = drafts[0];
      const r = await stats.call('demand.publish', {
        port,
        method: 'POST',
        path: `${API}/demands/${id}/publish`,
        token,
      });
      if (r.outcome === 'ok') {
        ledger.demandAcked(r.body, org.index);
        drafts.shift();
        open.push(id);
      } else if (r.outcome === 'unknown') {
        ledger.demandUncertain(id);
      } else if (r.body?.code === 'INVALID_STATUS_TRANSITION') {
        // An earlier publish with an unknown outcome did happen.
        drafts.shift();
        open.push(id);
      }
    } else if (op === 'close') {
      const id = open[0];
      const r = await stats.call('demand.close', {
        port,
        method: 'POST',
        path: `${API}/demands/${id}/close`,
        token,
        body: { reason: rng.pick(['filled', 'withdrawn']) },
      });
      if (r.outcome === 'ok') ledger.demandAcked(r.body, org.index);
      else if (r.outcome === 'unknown') ledger.demandUncertain(id);
      if (r.outcome !== 'unknown') open.shift();
    } else if (op === 'invite') {
      const demandId = rng.pick(open);
      const free = experts.filter((e) => !ledger.pairs.has(`${demandId}|${e.index}`));
      if (free.length > 0) {
        const expert = rng.pick(free);
        ledger.pairs.add(`${demandId}|${expert.index}`);
        const r = await stats.call('invitation.send', {
          port,
          method: 'POST',
          path: `${API}/demands/${demandId}/invitations`,
          token,
          body: { expertId: expert.expertId, message: `浸泡测试：诚邀专家${expert.index + 1}` },
        });
        if (r.outcome === 'ok') {
          ledger.connectionAcked(r.body, { demandId, expertIndex: expert.index });
          if (!invitations.has(expert.index)) invitations.set(expert.index, []);
          invitations.get(expert.index).push(r.body.id);
        }
      }
    } else if (op === 'answer') {
      const id = pending.shift();
      const accept = rng.chance(0.8);
      const r = await stats.call(accept ? 'match.accept' : 'match.decline', {
        port,
        method: 'POST',
        path: `${API}/matches/${id}/${accept ? 'accept' : 'decline'}`,
        token,
        body: accept ? {} : { reason: rng.pick(['timing', 'budget', 'not_a_fit']) },
      });
      if (r.outcome === 'ok') ledger.connectionAcked(r.body);
      else if (r.outcome === 'unknown') {
        ledger.connectionUncertain(id);
        pending.push(id); // try again later; a 409 then says it was applied
      }
    }
    await sleep(rng.int(limits.thinkMs[0], limits.thinkMs[1]));
  }
}

/**
 * An expert's loop: answer invitations (accept mostly, decline some), express interest in open
 * demands it has not yet answered, and search.
 */
export async function expertUser({
  port,
  expert,
  rng,
  stats,
  ledger,
  inbox,
  invitations,
  deadline,
  limits,
}) {
  const pair = (id) => `${id}|${expert.index}`;
  // Each expert cares for about half of the demands on its own; the rest are left to invitations.
  const caresFor = (id) => (parseInt(id.slice(-4), 16) + expert.index) % 2 === 0;
  while (Date.now() < deadline) {
    const invited = invitations.get(expert.index) ?? [];
    const candidates = ledger.open.filter((id) => caresFor(id) && !ledger.pairs.has(pair(id)));
    if (invited.length > 0 && rng.chance(0.6)) {
      const id = invited.shift();
      const accept = rng.chance(0.8);
      const r = await stats.call(accept ? 'invitation.accept' : 'invitation.decline', {
        port,
        method: 'POST',
        path: `${API}/matches/${id}/${accept ? 'accept' : 'decline'}`,
        token: expert.token,
        body: accept ? {} : { reason: rng.pick(['timing', 'capacity_full']) },
      });
      if (r.outcome === 'ok') ledger.connectionAcked(r.body);
      else if (r.outcome === 'unknown') {
        ledger.connectionUncertain(id);
        invited.push(id);
      }
    } else if (candidates.length > 0 && rng.chance(0.4)) {
      const id = rng.pick(candidates);
      ledger.pairs.add(pair(id));
      const r = await stats.call('interest.express', {
        port,
        method: 'POST',
        path: `${API}/demands/${id}/interests`,
        token: expert.token,
        body: { message: `浸泡测试：专家${expert.index + 1}愿意合作` },
      });
      if (r.outcome === 'ok') {
        ledger.connectionAcked(r.body, { demandId: id, expertIndex: expert.index });
        const orgId = r.body.owner?.id;
        if (!inbox.has(orgId)) inbox.set(orgId, []);
        inbox.get(orgId).push(r.body.id);
      }
    } else {
      await stats.call('search (read)', {
        port,
        path: `${API}/search?type=demands&q=${encodeURIComponent(rng.pick(SKILLS))}`,
      });
    }
    await sleep(rng.int(limits.thinkMs[0], limits.thinkMs[1]));
  }
}
