/**
 * The agenda catalogue: agendas, member municipalities of the DSO and the agendas each agreed to,
 * event-sourced so an auditor can see what was agreed when; plus the lookup the request aggregate
 * consults.
 */
package cz.css.ledger.catalogue;
