/** The audit's messages: the queries, commands and views the API sends through Axon's gateways. */
package cz.css.ledger.audit.api;
