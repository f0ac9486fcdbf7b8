/** Wiring of the application: Axon, persistence and time. */
package cz.css.ledger.app;
