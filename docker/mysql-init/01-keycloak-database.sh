#!/bin/bash
# Keycloak keeps its data in a database of its own, next to the portal's, with a user that can touch only it.
set -euo pipefail
password=${KEYCLOAK_DB_PASSWORD//\\/\\\\}
password=${password//\'/\'\'}
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
