'use strict';
// The MySQL/MariaDB server the services run on: its version, and each scale's databases.
const mysql = require('mysql2/promise');
const { SUBGRAPHS } = require('./settings');

async function dropDatabases(databaseUrl, prefix) {
  const connection = await mysql.createConnection(databaseUrl);
  try {
    for (const subgraph of SUBGRAPHS)
      await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${subgraph}\``);
  } finally {
    await connection.end();
  }
}

async function serverVersion(databaseUrl) {
  const connection = await mysql.createConnection(databaseUrl);
  try {
    const [[row]] = await connection.query('SELECT VERSION() AS version');
    return row.version;
  } finally {
    await connection.end();
  }
}

module.exports = { dropDatabases, serverVersion };
