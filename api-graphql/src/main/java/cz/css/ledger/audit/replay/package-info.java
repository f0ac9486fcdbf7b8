/** Rebuilding projections from the event store with Axon's token reset, and watching the replay's progress. */
package cz.css.ledger.audit.replay;
