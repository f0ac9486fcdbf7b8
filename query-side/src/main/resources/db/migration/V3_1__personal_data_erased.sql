-- Requests whose citizen's personal data was erased: the personal columns are purged.
alter table request_view add column personal_data_erased boolean not null default false;
