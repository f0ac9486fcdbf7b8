/** The staff console's pages: the built web UI at {@code /}, its login page and the bundled GraphiQL. */
package cz.css.ledger.web;
