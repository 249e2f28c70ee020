// The bare endpoint of the profile-read bench, in its own process: node:http + pg and nothing else. It does what a
// real endpoint must: verify the bearer token's HS256 signature and expiry, check its session row (not revoked, the
// token's user), then ONE SQL statement for the whole profile screen, and the same JSON as the GraphQL API (outline
// numbers through the product's own compiled `orderOutline`). GET /profile/<id> and GET /me.
// Env: DATABASE_URL, JWT_SECRET. Prints the port it listens on.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';

const require = createRequire(join(process.env.BENCH_DIST || join(import.meta.dirname, '../dist'), 'api/libs/shared/domain/src/index.js'));
const { orderOutline } = require('./index.js');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = Buffer.from(process.env.JWT_SECRET);

/** The token's claims when its signature and expiry are good, else null. */
function verify(header) {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
  const parts = token?.split('.');
  if (parts?.length !== 3) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  return claims.exp * 1000 > Date.now() ? claims : null;
}

const SESSION = 'SELECT u.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.revoked_at IS NULL AND u.id = $2';

// The profile screen in one statement: profile, workspace, the caller's role, the workspace's organisations, the
// review cycles, and the outline with each section's current revision (no `content`), assigned organisations and
// review counts: unresolved threads and the open cycle's sign-offs, those the caller may see (coordinators, focal
// points and observers everything; contributors the cycles their organisation takes part in).
// BENCH_REVIEW_COUNTS=0 (bench/profile-read.mjs): without the review counts, for builds older than them.
const REVIEW_COUNTS = process.env.BENCH_REVIEW_COUNTS !== '0';
const REVIEW_COUNT_COLUMNS = REVIEW_COUNTS
  ? `,
           'threads', (SELECT count(*)::int FROM comments c
                        WHERE c.section_id = s.id AND c.parent_id IS NULL AND c.resolved_at IS NULL
                          AND (reads_all OR c.review_cycle_id IN (SELECT review_cycle_id FROM review_cycle_organizations WHERE organization_id = m.organization_id))),
           'progress', (SELECT json_build_object('reviewCycleId', c.id, 'required', count(o.organization_id)::int,
                                  'approved', (count(so.id) FILTER (WHERE so.decision = 'APPROVE'))::int,
                                  'changesRequested', (count(so.id) FILTER (WHERE so.decision = 'REQUEST_CHANGES'))::int)
                          FROM review_cycle_sections rcs
                          JOIN review_cycles c ON c.id = rcs.review_cycle_id AND c.status = 'OPEN'
                          LEFT JOIN review_cycle_organizations o ON o.review_cycle_id = c.id AND o.required_signatory
                          LEFT JOIN sign_offs so ON so.section_id = s.id AND so.organization_id = o.organization_id
                                                AND so.superseded_at IS NULL AND so.revision_id = s.current_revision_id
                         WHERE rcs.section_id = s.id
                           AND (reads_all OR c.id IN (SELECT review_cycle_id FROM review_cycle_organizations WHERE organization_id = m.organization_id))
                         GROUP BY c.id LIMIT 1)`
  : '';

const PROFILE = `
SELECT p.id, p.title, p.edition, p.created_at AS "createdAt", p.outline_style AS "outlineStyle",
       json_build_object('id', w.id, 'name', w.name, 'myRole', m.role, 'organizations',
         (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym) ORDER BY o.name), '[]')
            FROM organizations o WHERE o.workspace_id = w.id)) AS workspace,
       m.organization_id AS "myOrganizationId",
       (SELECT coalesce(json_agg(json_build_object('id', c.id, 'title', c.title, 'status', c.status, 'closesAt', c.closes_at, 'closedAt', c.closed_at) ORDER BY c.opened_at DESC), '[]')
          FROM review_cycles c WHERE c.profile_id = p.id) AS "reviewCycles",
       (SELECT coalesce(json_agg(json_build_object(
           'id', s.id, 'parentId', s.parent_id, 'position', s.position, 'numbering', s.numbering, 'title', s.title,
           'status', s.review_status,
           'orgs', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym) ORDER BY o.name), '[]')
                      FROM section_assignments a JOIN organizations o ON o.id = a.organization_id WHERE a.section_id = s.id),
           'rev', CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'number', r.number, 'html', r.html) END${REVIEW_COUNT_COLUMNS})), '[]')
          FROM sections s LEFT JOIN revisions r ON r.id = s.current_revision_id
         WHERE s.profile_id = p.id AND s.archived_at IS NULL) AS sections
  FROM profiles p JOIN workspaces w ON w.id = p.workspace_id
  JOIN memberships m ON m.workspace_id = w.id AND m.user_id = $2 AND m.status = 'ACTIVE'
  CROSS JOIN LATERAL (SELECT m.role IN ('COORDINATOR', 'FOCAL_POINT', 'OBSERVER') AS reads_all) ra
 WHERE p.id = $1`;

const iso = (t) => (t ? new Date(t).toISOString() : null);

function profileJson(row) {
  const role = row.workspace.myRole;
  const placed = orderOutline(row.sections, row.outlineStyle === 'LETTERED_CHAPTERS' ? 'LETTERED_CHAPTERS' : 'DECIMAL');
  return {
    data: {
      profile: {
        id: row.id,
        title: row.title,
        edition: row.edition,
        createdAt: iso(row.createdAt),
        workspace: row.workspace,
        sections: placed.map(({ node: s, number, depth }) => ({
          id: s.id,
          parentId: s.parentId,
          number,
          numbered: s.numbering === 'NUMBERED',
          title: s.title,
          position: s.position,
          depth,
          status: s.status,
          canEdit: role === 'COORDINATOR' || (role === 'FOCAL_POINT' && s.orgs.some((o) => o.id === row.myOrganizationId)),
          assignedOrganizations: s.orgs,
          ...(REVIEW_COUNTS ? { openThreadCount: s.threads, signOffProgress: s.progress } : {}),
          currentRevision: s.rev ? { id: s.rev.id, number: s.rev.number, html: s.rev.html } : null,
        })),
        reviewCycles: row.reviewCycles.map((c) => ({ id: c.id, title: c.title, status: c.status, closesAt: iso(c.closesAt), closedAt: iso(c.closedAt) })),
      },
    },
  };
}

const send = (res, status, body) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const server = createServer(async (req, res) => {
  try {
    const claims = verify(req.headers.authorization);
    if (!claims) return send(res, 401, { errors: [{ message: 'UNAUTHENTICATED' }] });
    const session = await pool.query(SESSION, [claims.sid, claims.sub]);
    if (!session.rowCount) return send(res, 401, { errors: [{ message: 'UNAUTHENTICATED' }] });
    if (req.url === '/me') return send(res, 200, { data: { me: { id: claims.sub } } });
    const id = req.url.slice('/profile/'.length);
    const { rows } = await pool.query(PROFILE, [id, claims.sub]);
    if (!rows.length) return send(res, 404, { errors: [{ message: 'NOT_FOUND' }] });
    send(res, 200, profileJson(rows[0]));
  } catch (error) {
    send(res, 500, { errors: [{ message: String(error) }] });
  }
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
