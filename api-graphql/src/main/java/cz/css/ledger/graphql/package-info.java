/** The GraphQL API: schema mappings that reach the domain only through Axon's command and query gateways. */
package cz.css.ledger.graphql;
