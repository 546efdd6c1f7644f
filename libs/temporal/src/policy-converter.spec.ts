import { PolicyDocumentCodec } from './payload-codec';
import { payloadConverter, POLICY_DOCUMENT_METADATA, POLICY_REF_METADATA, sharePolicy } from './policy-converter';

const text = (bytes: Uint8Array | null | undefined): string => new TextDecoder().decode(bytes ?? new Uint8Array());

/** A stand-in for a stored policy version: big enough to notice when it travels inline. */
function storedPolicy(version: number): { id: string; version: number; gates: Record<string, { due: string }> } {
  const gates: Record<string, { due: string }> = {};
  for (let i = 0; i < 500; i++) gates[`gate-${i}`] = { due: `P${i}D` };
  return { id: 'waardenpoort-spec', version, gates };
}

describe('policy by reference (payload converter and PolicyDocumentCodec)', () => {
  it('sends a stored policy as a reference and gives every reader of that version one frozen copy', async () => {
    const policy = sharePolicy(storedPolicy(3));
    const input = { projectId: 'p-1', registeredAt: '2026-11-29T10:00:00.000Z', policy };
    const payload = payloadConverter.toPayload(input);
    expect(text(payload.metadata?.[POLICY_REF_METADATA])).toBe('waardenpoort-spec@3');
    expect(JSON.parse(text(payload.data))).toEqual({
      projectId: 'p-1',
      registeredAt: '2026-11-29T10:00:00.000Z',
      policy: { $waardenpoortPolicy: 'waardenpoort-spec', version: 3 },
    });
    expect(payload.data!.length).toBeLessThan(200);

    const loads: string[] = [];
    const codec = new PolicyDocumentCodec(async (id, version) => {
      loads.push(`${id}@${version}`);
      return Promise.resolve(JSON.stringify(storedPolicy(version)));
    });
    const other = payloadConverter.toPayload({ ...input, projectId: 'p-2' });
    const [a, b] = await codec.decode([payload, other]);
    expect(loads).toEqual(['waardenpoort-spec@3']);
    const first = payloadConverter.fromPayload<typeof input>(a);
    const second = payloadConverter.fromPayload<typeof input>(b);
    expect(first).toEqual({ ...input, policy: storedPolicy(3) });
    expect(second.projectId).toBe('p-2');
    expect(second.policy).toBe(first.policy);
    expect(Object.isFrozen(first.policy.gates['gate-7'])).toBe(true);
    expect(() => {
      first.policy.gates['gate-7'].due = 'P1D';
    }).toThrow(TypeError);

    // Going back to Temporal (a continue-as-new input), the document comes off and the reference stays.
    const again = payloadConverter.toPayload({ ...first, projectId: 'p-3' });
    const [encoded] = await codec.encode([{ ...again, metadata: { ...again.metadata, ...a.metadata } }]);
    expect(encoded.metadata?.[POLICY_DOCUMENT_METADATA]).toBeUndefined();
    expect(text(encoded.metadata?.[POLICY_REF_METADATA])).toBe('waardenpoort-spec@3');
  });

  it('sends a policy that is not stored inline, and says clearly when a reference cannot be read', async () => {
    const unstored = storedPolicy(4);
    const inline = payloadConverter.toPayload({ projectId: 'p-4', policy: unstored });
    expect(inline.metadata?.[POLICY_REF_METADATA]).toBeUndefined();
    expect(payloadConverter.fromPayload(inline)).toEqual({ projectId: 'p-4', policy: unstored });

    const ref = payloadConverter.toPayload({ projectId: 'p-5', policy: sharePolicy(storedPolicy(5)) });
    const [withoutLoader] = await new PolicyDocumentCodec(null).decode([ref]);
    expect(() => payloadConverter.fromPayload(withoutLoader)).toThrow(/refers to policy waardenpoort-spec@5/);
    await expect(new PolicyDocumentCodec(() => Promise.resolve(null)).decode([ref])).rejects.toThrow(
      /policy waardenpoort-spec@5 is not stored/,
    );
  });
});
