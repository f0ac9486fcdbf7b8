import { gql } from 'urql';

/** The GraphQL documents the console sends. */

export const QUEUE_FIELDS = gql`
  fragment QueueFields on Request {
    id
    registrationNumber
    status
    subject
    municipalityCode
    municipalityName
    agendaCode
    agendaName
    kind
    channel
    urgency
    assignee
    receivedAt
    respondBy
    version
  }
`;

export const DETAIL_FIELDS = gql`
  fragment DetailFields on Request {
    ...QueueFields
    description @include(if: $personal)
    citizen @include(if: $personal) {
      name
      email
      phone
      postalAddress
    }
    registeredBy
    resolvedBy
    resolution
    routedTo
    mayorInformed
    citizenNotified
    closeOutcome
    lastChangedAt
    timeline {
      sequence
      eventType
      occurredAt
      actor
      actorRole
      summary
    }
  }
  ${QUEUE_FIELDS}
`;

export const ME = gql`
  query Me {
    me {
      username
      role
      municipalityCode
      municipalityName
    }
  }
`;

export const CATALOGUE = gql`
  query Catalogue {
    municipalities {
      code
      name
      mayorName
      agreedAgendas {
        agendaCode
        agendaName
        agreedOn
      }
    }
    agendas {
      code
      name
      description
    }
  }
`;

export const QUEUE = gql`
  query Queue($filter: QueueFilterInput, $first: Int, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      matchCount(atMost: 1000) {
        count
        more
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...QueueFields
        }
      }
    }
  }
  ${QUEUE_FIELDS}
`;

export const QUEUE_CHANGES = gql`
  subscription QueueChanges {
    queueChanges {
      ...QueueFields
    }
  }
  ${QUEUE_FIELDS}
`;

export const REQUEST_BY_NUMBER = gql`
  query RequestByNumber($number: String!, $personal: Boolean!) {
    requestByNumber(registrationNumber: $number) {
      ...DetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

export const REGISTER_REQUEST = gql`
  mutation RegisterRequest($input: RegisterRequestInput!) {
    registerRequest(input: $input) {
      request {
        ...QueueFields
      }
    }
  }
  ${QUEUE_FIELDS}
`;

/** One mutation per action of a request's life; each answers the request after the change. */
export function actionMutation(field: string, inputType: string) {
  return gql`
    mutation ${field[0].toUpperCase()}${field.slice(1)}($input: ${inputType}!, $personal: Boolean!) {
      ${field}(input: $input) {
        request {
          ...DetailFields
        }
      }
    }
    ${DETAIL_FIELDS}
  `;
}

/** How many requests are in each state, one aliased count per state (scoped to a mayor's municipality by the API). */
export function countsByStatus(statuses: readonly string[]) {
  const fields = statuses
    .map((status) => `${status}: requests(filter: { statuses: [${status}] }, first: 1) { totalCount }`)
    .join('\n');
  return gql`query CountsByStatus { ${fields} }`;
}

export const SURVEY_FIELDS = gql`
  fragment SurveyFields on Survey {
    id
    channel
    offeredAt
    answerBy
    answered
    score
    resolved
    answeredBy
    answeredAt
  }
`;

export const SURVEY_OF_REQUEST = gql`
  query SurveyOfRequest($number: String!) {
    requestByNumber(registrationNumber: $number) {
      id
      survey { ...SurveyFields }
    }
  }
  ${SURVEY_FIELDS}
`;

export const OFFER_SURVEY = gql`
  mutation OfferSurvey($input: OfferSatisfactionSurveyInput!) {
    offerSatisfactionSurvey(input: $input) {
      token
      survey { ...SurveyFields }
    }
  }
  ${SURVEY_FIELDS}
`;

export const RECORD_SURVEY_BY_PHONE = gql`
  mutation RecordSurveyByPhone($input: RecordSatisfactionByPhoneInput!) {
    recordSatisfactionByPhone(input: $input) {
      survey { ...SurveyFields }
    }
  }
  ${SURVEY_FIELDS}
`;

export const MAYOR_STATISTICS = gql`
  query MayorStatistics($municipalityCode: String!, $from: String!, $to: String!) {
    mayorStatistics(municipalityCode: $municipalityCode, from: $from, to: $to) {
      municipalityCode
      period { from to }
      previousPeriod { from to }
      asOf
      received { current previous change }
      byStatus { key current previous change }
      resolvedByCss { current previous change }
      routedToMunicipality { current previous change }
      mayorNotInformed { current previous change }
      waitingOnMunicipality { current previous change }
      timeToResolution { medianHours { current previous change } }
      satisfaction {
        offered { current previous change }
        responses { current previous change }
        averageScore { current previous change }
        withheld
        minimumAnswers
      }
    }
  }
`;

export const SATISFACTION_TRENDS = gql`
  query SatisfactionTrends($from: String!, $to: String!, $filter: TrendFilterInput) {
    satisfactionTrends(granularity: MONTH, from: $from, to: $to, filter: $filter) {
      minimumAnswers
      points {
        label
        surveysOffered
        responses
        averageScore
        averageWithheld
        resolved
        medianResolutionHours
      }
    }
  }
`;

export const REQUEST_HISTORY = gql`
  query RequestHistory($id: ID!) {
    requestHistory(id: $id) {
      registrationNumber
      events { sequence eventId type meaning timestamp actor actorRole }
    }
  }
`;

export const VERIFY_LEDGER = gql`
  query VerifyLedger {
    verifyLedger { verified eventsVerified headPosition headHash checkpointsVerified pendingEvents breakCount summary }
  }
`;

export const PROJECTIONS = gql`
  query Projections {
    projections { processingGroup mode replayable running replaying caughtUp error processed total percent }
  }
`;

export const REPLAY_PROJECTIONS = gql`
  mutation ReplayProjections($input: ReplayProjectionsInput) {
    replayProjections(input: $input) {
      started
      projections { processingGroup mode replayable running replaying caughtUp error processed total percent }
    }
  }
`;

export const REQUEST_ID = gql`
  query RequestId($number: String!) {
    requestByNumber(registrationNumber: $number) { id registrationNumber status }
  }
`;
