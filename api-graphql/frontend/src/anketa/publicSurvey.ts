/**
 * The citizen's answer to the satisfaction survey, sent to the public endpoint POST /public/graphql
 * (its own schema: this mutation and the static questions only). No session and no cookie: the
 * one-time code is the whole authority, so the request goes without credentials.
 */
export type ResolvedAnswer = 'YES' | 'PARTLY' | 'NO' | 'DONT_KNOW';
export const RESOLVED_ANSWERS: readonly ResolvedAnswer[] = ['YES', 'PARTLY', 'NO', 'DONT_KNOW'];

export interface SurveyAnswer {
  token: string;
  score: number;
  resolved: ResolvedAnswer;
  comment: string | null;
}

/** Why the answer was not taken, in the citizen's terms. */
export type SurveyRefusal = 'used' | 'late' | 'withdrawn' | 'unknownCode' | 'invalid' | 'unavailable';

export type SurveyOutcome = { answeredAt: string } | { refusal: SurveyRefusal; message: string };

interface GraphQlError {
  message: string;
  extensions?: { classification?: string };
}

const ANSWER = `mutation AnswerSatisfactionSurvey($input: AnswerSatisfactionSurveyInput!) {
  answerSatisfactionSurvey(input: $input) { answeredAt message }
}`;

export async function answerSurvey(answer: SurveyAnswer): Promise<SurveyOutcome> {
  try {
    const response = await fetch('/public/graphql', {
      method: 'POST',
      // Plain JSON: a refusal comes back as 200 with errors (graphql-response+json would make it a 4xx).
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'omit',
      body: JSON.stringify({ query: ANSWER, variables: { input: answer } }),
    });
    const body = await response.json() as { data?: { answerSatisfactionSurvey?: { answeredAt: string } }; errors?: GraphQlError[] };
    const answered = body.data?.answerSatisfactionSurvey;
    if (answered && !body.errors?.length) return { answeredAt: answered.answeredAt };
    const error = body.errors?.[0];
    return { refusal: refusalOf(error), message: error?.message ?? `HTTP ${response.status}` };
  } catch (failure) {
    return { refusal: 'unavailable', message: String(failure) };
  }
}

/**
 * The ledger words its refusals in English with the rule that refused (SatisfactionSurveys,
 * CitizenRequest.assertSurveyOpen); the classification says which kind, the words which rule.
 */
export function refusalOf(error: GraphQlError | undefined): SurveyRefusal {
  if (!error) return 'unavailable';
  const kind = error.extensions?.classification;
  if (kind === 'NOT_FOUND') return 'unknownCode';
  if (kind === 'BAD_REQUEST' || kind === 'ValidationError') return 'invalid';
  if (kind !== 'CONFLICT') return 'unavailable';
  if (/already been used|already has an answer/.test(error.message)) return 'used';
  if (/too late/.test(error.message)) return 'late';
  if (/withdrawn|reopened|has not been offered|has not been closed/.test(error.message)) return 'withdrawn';
  return 'unavailable';
}
