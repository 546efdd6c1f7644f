import { HttpException } from '@nestjs/common';
import { defaultProblem, problemType, type ProblemDetails } from './problem';

/** An HTTP error that carries a full problem document; the global filter sends it as is. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    detail: string,
    extra: Partial<Omit<ProblemDetails, 'status' | 'detail'>> & {
      slug?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    const { slug, headers, ...rest } = extra;
    const base = defaultProblem(status);
    const problem: ProblemDetails = {
      ...base,
      ...(slug ? { type: problemType(slug) } : {}),
      ...rest,
      status,
      detail,
    };
    super(problem, status);
    this.headers = headers ?? {};
  }

  readonly headers: Record<string, string>;

  get problem(): ProblemDetails {
    return this.getResponse() as ProblemDetails;
  }
}
