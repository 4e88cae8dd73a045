-- One database per node, as the services expect (each member's data in its own database).
CREATE DATABASE kyodo_hub_reporting;
CREATE DATABASE kyodo_hub_consortium;
CREATE DATABASE kyodo_hub_gateway;
CREATE DATABASE kyodo_tateshina_orders;
CREATE DATABASE kyodo_tateshina_workers;
CREATE DATABASE kyodo_tateshina_training;
CREATE DATABASE kyodo_shiojiri_orders;
CREATE DATABASE kyodo_shiojiri_workers;
CREATE DATABASE kyodo_shiojiri_training;
