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
      totalCount
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
