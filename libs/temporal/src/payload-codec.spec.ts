import { defaultPayloadConverter } from '@temporalio/common';
import { GZIP_ENCODING, GzipPayloadCodec } from './payload-codec';

const encoding = (p: { metadata?: Record<string, Uint8Array> | null }): string =>
  new TextDecoder().decode(p.metadata?.encoding ?? new Uint8Array());

describe('GzipPayloadCodec', () => {
  const codec = new GzipPayloadCodec(1024);

  it('compresses large payloads and gives back exactly the original payload', async () => {
    const big = defaultPayloadConverter.toPayload({ policy: 'x'.repeat(5000), nested: { n: 1, list: [1, 2, 3] } });
    const [encoded] = await codec.encode([big]);
    expect(encoding(encoded)).toBe(GZIP_ENCODING);
    expect(encoded.data!.length).toBeLessThan(big.data!.length / 10);
    const [decoded] = await codec.decode([encoded]);
    expect(encoding(decoded)).toBe('json/plain');
    expect(Buffer.from(decoded.data!)).toEqual(Buffer.from(big.data!));
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual({
      policy: 'x'.repeat(5000),
      nested: { n: 1, list: [1, 2, 3] },
    });
  });

  it('leaves small payloads and payloads it did not make as they are', async () => {
    const small = defaultPayloadConverter.toPayload({ ok: true });
    const nothing = defaultPayloadConverter.toPayload(undefined);
    expect(await codec.encode([small, nothing])).toEqual([small, nothing]);
    // A history written before the codec (plain JSON, however large) decodes to itself.
    const oldBig = defaultPayloadConverter.toPayload('y'.repeat(5000));
    expect(await codec.decode([oldBig, small])).toEqual([oldBig, small]);
  });
});
