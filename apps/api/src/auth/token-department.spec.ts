import type { AppConfig } from '@waardenpoort/config';
import { SignJWT } from 'jose';
import { TokenVerifier } from './token-verifier';

const SECRET = 'department-claim-spec-secret-of-32-characters-at-least';

function verifier(departmentClaim: string): TokenVerifier {
  const auth = {
    mode: 'hs256',
    secret: SECRET,
    issuer: null,
    audience: null,
    rolesClaim: 'roles',
    departmentClaim,
    clockToleranceSeconds: 30,
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
