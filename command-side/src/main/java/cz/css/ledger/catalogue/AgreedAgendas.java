package cz.css.ledger.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreedAgendas extends JpaRepository<AgreedAgenda, AgreedAgenda.Key> {
}
