import { type DataConverter, METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

/** The encoding of a payload this codec compressed: the whole original Payload message, gzipped. */
export const GZIP_ENCODING = 'binary/gzip';
/** Payloads smaller than this stay as they are (readable in the Temporal UI and CLI). */
export const GZIP_THRESHOLD_BYTES = 4096;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const GZIP_ENCODING_BYTES = encoder.encode(GZIP_ENCODING);

/**
 * Compresses the large payloads Waardenpoort hands to Temporal: above all a project's workflow input, which
 * carries the policy version it runs under (about 60 KB of JSON, 14 KB gzipped), and the larger snapshots the
 * workflow publishes. Temporal then stores, replicates and reads a quarter of the bytes for every project start
 * (`npm run bench`, benchmark 1). Small payloads pass through untouched; decoding passes through every payload it did
 * not make, so histories written before this codec, or by a client without it, still read and replay.
 *
 * Every client and worker of the namespace must use it (`waardenpoortDataConverter`): a worker without it cannot
 * read a compressed input. In the Temporal UI a compressed payload shows as `binary/gzip`; docs/deploy.md says how
 * to read one.
 */
export class GzipPayloadCodec implements PayloadCodec {
  constructor(private readonly thresholdBytes = GZIP_THRESHOLD_BYTES) {}

  encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(
      payloads.map((p) => {
        if ((p.data?.length ?? 0) < this.thresholdBytes) return p;
        const whole = temporal.api.common.v1.Payload.encode(p).finish();
        return {
          metadata: { [METADATA_ENCODING_KEY]: GZIP_ENCODING_BYTES },
          data: gzipSync(whole, { level: constants.Z_DEFAULT_COMPRESSION }),
        };
      }),
    );
  }

  decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(
      payloads.map((p) => {
        const encoding = p.metadata?.[METADATA_ENCODING_KEY];
        if (!encoding || decoder.decode(encoding) !== GZIP_ENCODING) return p;
        if (!p.data) throw new Error(`a ${GZIP_ENCODING} payload without data`);
        return temporal.api.common.v1.Payload.decode(gunzipSync(p.data));
      }),
    );
  }
}

/** The data converter of every Waardenpoort client and worker: default JSON payloads, large ones gzipped. */
export const waardenpoortDataConverter: DataConverter = { payloadCodecs: [new GzipPayloadCodec()] };
