import { type DataConverter, METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { POLICY_DOCUMENT_METADATA, POLICY_REF_METADATA } from './policy-converter';

/** The encoding of a payload this codec compressed: the whole original Payload message, gzipped. */
export const GZIP_ENCODING = 'binary/gzip';
/** Payloads smaller than this stay as they are (readable in the Temporal UI and CLI). */
const GZIP_THRESHOLD_BYTES = 4096;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const GZIP_ENCODING_BYTES = encoder.encode(GZIP_ENCODING);

/**
 * Compresses the large payloads Waardenpoort hands to Temporal: the larger snapshots the workflow publishes, a
 * policy returned by an activity, the input of a project whose policy is not stored (a policy read from PostgreSQL
 * travels by reference, see policy-converter.ts). Temporal then stores, replicates and reads a quarter of the bytes.
 * Small payloads pass through untouched; decoding passes through every payload it did not make, so histories
 * written before this codec, or by a client without it, still read and replay.
 *
 * Every client and worker of the namespace must use it (`createDataConverter`): a worker without it cannot read a
 * compressed payload. In the Temporal UI a compressed payload shows as `binary/gzip`; docs/deploy.md says how to read
 * one.
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

/** Finds a stored policy version's document (JSON text), or null when there is none. */
export type PolicyDocumentLoader = (policyId: string, version: number) => Promise<string | null>;

/**
 * Attaches the policy document to every payload that refers to a policy version (see policy-converter.ts), so that
 * the payload converter, in the workflow sandbox too, can put the policy in the reference's place; and takes it off
 * again before anything is sent to Temporal. A version is loaded once per process; versions never change.
 */
export class PolicyDocumentCodec implements PayloadCodec {
  private readonly documents = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly load: PolicyDocumentLoader | null) {}

  encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(
      payloads.map((p) => {
        if (!p.metadata?.[POLICY_DOCUMENT_METADATA]) return p;
        const metadata = { ...p.metadata };
        delete metadata[POLICY_DOCUMENT_METADATA];
        return { ...p, metadata };
      }),
    );
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.all(
      payloads.map(async (p) => {
        const ref = p.metadata?.[POLICY_REF_METADATA];
        if (!ref || p.metadata?.[POLICY_DOCUMENT_METADATA] || !this.load) return p;
        return {
          ...p,
          metadata: { ...p.metadata, [POLICY_DOCUMENT_METADATA]: await this.document(decoder.decode(ref)) },
        };
      }),
    );
  }

  private document(ref: string): Promise<Uint8Array> {
    let found = this.documents.get(ref);
    if (!found) {
      const at = ref.lastIndexOf('@');
      const load = this.load as PolicyDocumentLoader;
      found = load(ref.slice(0, at), Number(ref.slice(at + 1))).then((json) => {
        if (json === null)
          throw new Error(`policy ${ref} is not stored, so a payload that refers to it cannot be read`);
        return encoder.encode(json);
      });
      // A failed load (database away) is not kept: the workflow task fails and Temporal retries it.
      found.catch(() => this.documents.delete(ref));
      this.documents.set(ref, found);
    }
    return found;
  }
}

/** The module every client and worker (and the workflow bundle) takes its payload converter from. */
const PAYLOAD_CONVERTER_PATH = require.resolve('./policy-converter');

/**
 * The data converter of every Waardenpoort client: JSON payloads with the policy of a project's input by reference,
 * large payloads gzipped. A client reads payloads that refer to a policy only when it can load policies
 * ({@link createDataConverter} with a loader): the worker, the replay of recorded histories.
 */
export function createDataConverter(loadPolicy: PolicyDocumentLoader | null = null): DataConverter {
  return {
    payloadConverterPath: PAYLOAD_CONVERTER_PATH,
    // Encoding runs first to last, decoding last to first: the document comes off before gzip, goes on after it.
    payloadCodecs: [new PolicyDocumentCodec(loadPolicy), new GzipPayloadCodec()],
  };
}

/** The data converter of the API, the tests' clients and the benchmarks: writes references, loads no policy. */
export const waardenpoortDataConverter: DataConverter = createDataConverter();
