package cz.css.ledger.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface DefinedAgendas extends JpaRepository<DefinedAgenda, String> {
}
