import type { AppConfig } from '@waardenpoort/config';
import { SignJWT } from 'jose';
import { TokenVerifier } from './token-verifier';

const SECRET = 'department-claim-spec-secret-of-32-characters-at-least';

function verifier(departmentClaim: string, groupRoles: Record<string, string[]> = {}): TokenVerifier {
  const auth = {
    mode: 'hs256',
    secret: SECRET,
    issuer: null,
    audience: null,
    rolesClaim: 'roles',
    departmentClaim,
    nameClaim: 'name',
    emailClaim: 'email',
    groupsClaim: 'groups',
    groupRoles,
    clockToleranceSeconds: 30,
    maxTokenAgeSeconds: 3600,
  };
  return new TokenVerifier({ auth } as unknown as AppConfig);
}

async function sign(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT({ name: 'Hans', email: 'hans@enschede.example', roles: ['department-head'], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('hans')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(SECRET));
}

describe('the department claim (JWT_DEPARTMENT_CLAIM)', () => {
  it('reads `department` by default', async () => {
    const actor = await verifier('department').verify(await sign({ department: 'Openbare Ruimte' }));
    expect(actor).toMatchObject({ sub: 'hans', roles: ['department-head'], department: 'Openbare Ruimte' });
  });

  it('reads a claim whose own name has dots by that name (Entra ID directory extensions, namespaced claims)', async () => {
    const actor = await verifier('extn.afdeling').verify(
      await sign({ 'extn.afdeling': 'Veiligheid', extn: { afdeling: 'not this one' } }),
    );
    expect(actor.department).toBe('Veiligheid');
  });

  it('reads a configured claim, also by dotted path', async () => {
    const actor = await verifier('org.afdeling').verify(await sign({ org: { afdeling: 'Sociaal Domein' } }));
    expect(actor.department).toBe('Sociaal Domein');
  });

  it.each([
    ['absent', {}],
    ['empty', { department: '' }],
    ['blank', { department: '   ' }],
    ['not a string', { department: ['Openbare Ruimte'] }],
    ['another claim than configured', { afdeling: 'Openbare Ruimte' }],
  ])('gives no department when the claim is %s (a department head then reads nothing)', async (_name, claims) => {
    const actor = await verifier('department').verify(await sign(claims));
    expect('department' in actor).toBe(false);
  });
});

describe('roles from groups (JWT_GROUP_ROLES), and a person without a role', () => {
  const GROUP = '6a1f0c1e-93b2-4d7e-9c55-1d7f0a0b2c3d';

  it("gives the roles mapped to the token's groups, with those of the roles claim", async () => {
    const v = verifier('department', { [GROUP]: ['dpo', 'privacy-officer'] });
    const actor = await v.verify(await sign({ roles: ['auditor', 'mayor'], groups: [GROUP, 'other-group'] }));
    expect([...actor.roles].sort()).toEqual(['auditor', 'dpo', 'privacy-officer']);
    expect(v.whyNoRole(actor)).toBeNull();
  });

  it('says why a verified person has no role: no roles claim, no known value, no mapped group, groups left out', async () => {
    const v = verifier('department', { [GROUP]: ['dpo'] });
    const none = await v.verify(await sign({ roles: undefined }));
    expect(none.roles).toEqual([]);
    expect(v.whyNoRole(none)).toBe('the token has no claim roles; it has no claim groups');
    const unknown = await v.verify(await sign({ roles: ['mayor'], groups: ['someone-elses'] }));
    expect(v.whyNoRole(unknown)).toBe(
      'none of the values of its claim roles is a Waardenpoort role; none of its groups is mapped to a role (JWT_GROUP_ROLES)',
    );
    const overage = await v.verify(
      await sign({ roles: undefined, _claim_names: { groups: 'src1' }, _claim_sources: { src1: {} } }),
    );
    expect(v.whyNoRole(overage)).toMatch(/its groups were left out/);
  });

  it('refuses an ID token as a bearer token (it says who signed in, to the dashboard)', async () => {
    for (const claim of ['nonce', 'at_hash', 'c_hash']) {
      await expect(verifier('department').verify(await sign({ [claim]: 'x' }))).rejects.toThrow(
        `this is an ID token (claim ${claim})`,
      );
    }
  });
});
