/** A request's history and its state at any instant, read from the event store itself. */
package cz.css.ledger.audit.history;
