-- Each subgraph creates its own database (ehelse_portfolio, ehelse_governance, ehelse_architecture) on first start.
GRANT ALL PRIVILEGES ON `ehelse\_%`.* TO 'ehelse'@'%';
FLUSH PRIVILEGES;
