-- The tables, column types, keys and indexes of PowerDNS's generic PostgreSQL backend (gpgsql, 4.x schema),
-- written out for dbmirror's tests.
create table domains (
  id serial primary key,
  name varchar(255) not null,
  master varchar(128) default null,
  last_check int default null,
  type text not null,
  notified_serial bigint default null,
  account varchar(40) default null,
  options text default null,
  catalog text default null,
  constraint c_lowercase_name check (((name)::text = lower((name)::text)))
);
create unique index name_index on domains (name);
create index catalog_idx on domains (catalog);
create table records (
  id bigserial primary key,
  domain_id int default null references domains (id) on delete cascade,
  name varchar(255) default null,
  type varchar(10) default null,
  content varchar(65535) default null,
  ttl int default null,
  prio int default null,
  disabled bool default 'f',
  ordername varchar(255),
  auth bool default 't',
  constraint c_lowercase_name check (((name)::text = lower((name)::text)))
);
create index rec_name_index on records (name);
create index nametype_index on records (name, type);
create index domain_id on records (domain_id);
create index recordorder on records (domain_id, ordername text_pattern_ops);
create table supermasters (
  ip inet not null,
  nameserver varchar(255) not null,
  account varchar(40) not null,
  primary key (ip, nameserver)
);
create table comments (
  id serial primary key,
  domain_id int not null references domains (id) on delete cascade,
  name varchar(255) not null,
  type varchar(10) not null,
  modified_at int not null,
  account varchar(40) default null,
  comment varchar(65535) not null,
  constraint c_lowercase_name check (((name)::text = lower((name)::text)))
);
create index comments_domain_id_idx on comments (domain_id);
create index comments_name_type_idx on comments (name, type);
create index comments_order_idx on comments (domain_id, modified_at);
create table domainmetadata (
  id serial primary key,
  domain_id int references domains (id) on delete cascade,
  kind varchar(32),
  content text
);
create index domainidmetaindex on domainmetadata (domain_id);
create table cryptokeys (
  id serial primary key,
  domain_id int references domains (id) on delete cascade,
  flags int not null,
  active bool,
  published bool default true,
  content text
);
create index domainidindex on cryptokeys (domain_id);
create table tsigkeys (
  id serial primary key,
  name varchar(255),
  algorithm varchar(50),
  secret varchar(255),
  constraint c_lowercase_name check (((name)::text = lower((name)::text)))
);
create unique index namealgoindex on tsigkeys (name, algorithm);
