// The ports developers actually meet, hand-kept: IANA names many of them differently (9200 is `wap-wsp`
// to IANA, Elasticsearch to everyone) or not at all (5173 Vite, 4200 Angular, 9229 Node inspector).
//
// One row per line: `~port | protocols | software | one-line description | documentation URL`, or for a range
// of ports `@port-endPort | ...` (the `@` lets a lookup find the few ranges without reading the table);
// protocols `tcp`, `udp` or `tcp+udp`; `~#` starts a heading. Every row cites the vendor's (or the
// standard's) documentation that states the port. Rows of one port are shown in the order they appear
// here, so the most common use of a port comes first; ranges come after them.
//
// The table is one string (each line ends in a line continuation): the build ships it as the data file
// commonPorts.data (commonPortsData.ts, scripts/coreData.mjs), not in the bundle, and nothing is parsed until a
// lookup asks for its port (see commonIndex.ts). Rows hold no `~`, `@`, `"` or `\`, and only ASCII.
export const COMMON_PORTS_TABLE = "\
~# The basics every hover must read right (RFCs and IANA).\
~20 | tcp | FTP data | File Transfer Protocol data channel (active mode); unencrypted. | https://www.rfc-editor.org/rfc/rfc959\
~21 | tcp | FTP control | File Transfer Protocol control channel; unencrypted, prefer SFTP or FTPS. | https://www.rfc-editor.org/rfc/rfc959\
~22 | tcp | SSH | Secure Shell: encrypted remote login, SFTP and scp, Git over SSH. | https://www.rfc-editor.org/rfc/rfc4253\
~23 | tcp | Telnet | Telnet remote terminal, unsecured: everything, passwords included, goes in clear text. Use SSH. | https://www.rfc-editor.org/rfc/rfc854\
~25 | tcp | SMTP | Simple Mail Transfer Protocol: mail relay between servers (clients submit on 587 or 465). | https://www.rfc-editor.org/rfc/rfc5321\
~53 | tcp+udp | DNS | Domain Name System: queries over UDP, and over TCP for large answers and zone transfers. | https://www.rfc-editor.org/rfc/rfc1035\
~67 | udp | DHCP server | DHCP (and BOOTP) server: hands out IP addresses to clients on the network. | https://www.rfc-editor.org/rfc/rfc2131\
~68 | udp | DHCP client | DHCP (and BOOTP) client: receives its IP address lease from a DHCP server. | https://www.rfc-editor.org/rfc/rfc2131\
~80 | tcp | HTTP | Hypertext Transfer Protocol: the web, unencrypted; where web servers listen. | https://www.rfc-editor.org/rfc/rfc9110\
~110 | tcp | POP3 | Post Office Protocol 3: downloads mail from a mailbox; unencrypted (POP3S is 995). | https://www.rfc-editor.org/rfc/rfc1939\
~143 | tcp | IMAP | Internet Message Access Protocol: reads mail kept on the server; unencrypted or STARTTLS (IMAPS is 993). | https://www.rfc-editor.org/rfc/rfc9051\
~443 | tcp+udp | HTTPS | HTTP over TLS: the encrypted web, where web servers listen for TLS; UDP 443 carries HTTP/3 (QUIC). | https://www.rfc-editor.org/rfc/rfc9110\
~465 | tcp | SMTPS | Mail submission over implicit TLS (SMTPS), the recommended port for mail clients to send. | https://www.rfc-editor.org/rfc/rfc8314\
~993 | tcp | IMAPS | IMAP over implicit TLS: encrypted mailbox access. | https://www.rfc-editor.org/rfc/rfc8314\
~995 | tcp | POP3S | POP3 over implicit TLS: encrypted mailbox download. | https://www.rfc-editor.org/rfc/rfc8314\
~3306 | tcp | MySQL | MySQL server, classic protocol (also MariaDB): mysql client, connectors, mysqldump. | https://dev.mysql.com/doc/mysql-port-reference/en/mysql-port-reference-tables.html\
~5432 | tcp | PostgreSQL | PostgreSQL database server, the default port of postgres and psql. | https://www.postgresql.org/docs/current/runtime-config-connection.html\
~6379 | tcp | Redis | Redis in-memory data store (also Valkey, KeyDB): the default port of redis-server. | https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=6379\
~8080 | tcp | HTTP alternate | HTTP alternate port, often a proxy, an app server or a dev server run without root. | https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=8080\
~# More internet standards.\
~69 | udp | TFTP | Trivial File Transfer Protocol: network boot (PXE) and device firmware; no authentication. | https://www.rfc-editor.org/rfc/rfc1350\
~88 | tcp+udp | Kerberos | Kerberos authentication (Active Directory domain controllers). | https://www.rfc-editor.org/rfc/rfc4120\
~111 | tcp+udp | rpcbind | ONC RPC port mapper (rpcbind/portmap), used by NFSv3. | https://www.rfc-editor.org/rfc/rfc1833\
~123 | udp | NTP | Network Time Protocol: clock synchronisation. | https://www.rfc-editor.org/rfc/rfc5905\
~135 | tcp | MS RPC | Microsoft RPC endpoint mapper (DCOM, WMI, Active Directory). | https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements\
@137-139 | tcp+udp | NetBIOS | NetBIOS name (137/udp), datagram (138/udp) and session (139/tcp) services: legacy Windows file sharing. | https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements\
~161 | udp | SNMP | Simple Network Management Protocol: agents answer queries from network monitoring. | https://www.rfc-editor.org/rfc/rfc3417\
~162 | udp | SNMP trap | SNMP notifications (traps) sent by agents to a manager. | https://www.rfc-editor.org/rfc/rfc3417\
~179 | tcp | BGP | Border Gateway Protocol (also Calico's routing between Kubernetes nodes). | https://www.rfc-editor.org/rfc/rfc4271\
~389 | tcp+udp | LDAP | Lightweight Directory Access Protocol (Active Directory, OpenLDAP); unencrypted or StartTLS. | https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements\
~445 | tcp | SMB | SMB / CIFS Windows file sharing (also Samba); never expose it to the internet. | https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements\
~500 | udp | IKE (IPsec) | Internet Key Exchange for IPsec VPNs. | https://www.rfc-editor.org/rfc/rfc7296\
~514 | udp | Syslog | Syslog over UDP: log messages from network devices and servers. | https://www.rfc-editor.org/rfc/rfc5426\
~554 | tcp+udp | RTSP | Real Time Streaming Protocol: IP cameras and media servers. | https://www.rfc-editor.org/rfc/rfc7826\
~587 | tcp | SMTP submission | Mail submission by mail clients, with STARTTLS and authentication. | https://www.rfc-editor.org/rfc/rfc6409\
~631 | tcp | IPP (CUPS) | Internet Printing Protocol; CUPS's web interface and print queue. | https://www.rfc-editor.org/rfc/rfc8011\
~636 | tcp | LDAPS | LDAP over TLS. | https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements\
~853 | tcp | DNS over TLS | Encrypted DNS (DoT). | https://www.rfc-editor.org/rfc/rfc7858\
~1080 | tcp | SOCKS | SOCKS proxy (ssh -D, Tor clients, corporate proxies). | https://www.rfc-editor.org/rfc/rfc1928\
~1194 | udp | OpenVPN | OpenVPN's default port (UDP; TCP also possible). | https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=1194\
~1701 | udp | L2TP | Layer 2 Tunneling Protocol VPNs (usually inside IPsec). | https://www.rfc-editor.org/rfc/rfc2661\
~1723 | tcp | PPTP | Point-to-Point Tunneling Protocol VPN; obsolete and insecure. | https://www.rfc-editor.org/rfc/rfc2637\
~1812 | udp | RADIUS | RADIUS authentication (Wi-Fi WPA-Enterprise, VPNs). | https://www.rfc-editor.org/rfc/rfc2865\
~1813 | udp | RADIUS accounting | RADIUS accounting. | https://www.rfc-editor.org/rfc/rfc2866\
~1900 | udp | SSDP (UPnP) | Simple Service Discovery Protocol: UPnP and DLNA device discovery. | https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=1900\
~2049 | tcp+udp | NFS | Network File System server. | https://www.rfc-editor.org/rfc/rfc7530\
~3268 | tcp | AD Global Catalog | Active Directory Global Catalog (LDAP); 3269 with TLS. | https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements\
~3260 | tcp | iSCSI | iSCSI block storage target. | https://www.rfc-editor.org/rfc/rfc7143\
~3389 | tcp+udp | RDP | Remote Desktop Protocol (Windows Remote Desktop); a common attack target when exposed. | https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/service-overview-and-network-port-requirements\
~3478 | tcp+udp | STUN / TURN | NAT traversal for WebRTC and VoIP (coturn); 5349 with TLS. | https://www.rfc-editor.org/rfc/rfc8489\
~4500 | udp | IPsec NAT-T | IPsec VPN traffic behind NAT (NAT traversal). | https://www.rfc-editor.org/rfc/rfc7296\
~4789 | udp | VXLAN | VXLAN overlay networks (Docker Swarm overlay, Kubernetes CNIs). | https://www.rfc-editor.org/rfc/rfc7348\
~5060 | tcp+udp | SIP | Session Initiation Protocol: VoIP signalling (Asterisk, FreeSWITCH). | https://www.rfc-editor.org/rfc/rfc3261\
~5061 | tcp | SIP over TLS | Encrypted VoIP signalling. | https://www.rfc-editor.org/rfc/rfc3261\
~5222 | tcp | XMPP client | XMPP / Jabber client connections (ejabberd, Prosody). | https://www.rfc-editor.org/rfc/rfc6120\
~5269 | tcp | XMPP server | XMPP server-to-server federation. | https://www.rfc-editor.org/rfc/rfc6120\
~5349 | tcp | STUN / TURN over TLS | NAT traversal over TLS for WebRTC. | https://www.rfc-editor.org/rfc/rfc8489\
~5353 | udp | mDNS | Multicast DNS: Bonjour/Avahi discovery of '.local' names. | https://www.rfc-editor.org/rfc/rfc6762\
~5900 | tcp | VNC | VNC remote desktop (RFB protocol), display :0; display N listens on 5900+N. | https://www.rfc-editor.org/rfc/rfc6143\
~5985 | tcp | WinRM (HTTP) | Windows Remote Management / PowerShell remoting over HTTP. | https://learn.microsoft.com/en-us/windows/win32/winrm/installation-and-configuration-for-windows-remote-management\
~5986 | tcp | WinRM (HTTPS) | Windows Remote Management / PowerShell remoting over HTTPS. | https://learn.microsoft.com/en-us/windows/win32/winrm/installation-and-configuration-for-windows-remote-management\
@6000-6063 | tcp | X11 | X Window System displays: display N listens on 6000+N (ssh -X forwards it instead). | https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml?search=6000\
~6514 | tcp | Syslog over TLS | Encrypted syslog transport. | https://www.rfc-editor.org/rfc/rfc5425\
~6697 | tcp | IRC over TLS | Internet Relay Chat over TLS. | https://www.rfc-editor.org/rfc/rfc7194\
~9418 | tcp | Git protocol | git daemon's unauthenticated git:// protocol. | https://git-scm.com/book/en/v2/Git-on-the-Server-The-Protocols\
~51820 | udp | WireGuard | WireGuard VPN's conventional listen port. | https://www.wireguard.com/quickstart/\
~# Dev servers and frameworks.\
~3000 | tcp | React / Next.js dev server | Create React App and Next.js ('next dev', 'next start') serve on 3000 by default. | https://nextjs.org/docs/app/api-reference/cli/next\
~3000 | tcp | Express | Express (Node.js) apps listen on 3000 in its guides and generator. | https://expressjs.com/en/starter/hello-world.html\
~3000 | tcp | Grafana | Grafana web UI (http_port). | https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/\
~3000 | tcp | Ruby on Rails | Rails development server (Puma, 'bin/rails server'). | https://guides.rubyonrails.org/getting_started.html\
~3000 | tcp | Nuxt dev server | Nuxt ('nuxi dev') serves on 3000 by default. | https://nuxt.com/docs/api/commands/dev\
~3000 | tcp | Gitea | Gitea web UI (HTTP_PORT). | https://docs.gitea.com/administration/config-cheat-sheet\
~3000 | tcp | Metabase | Metabase analytics web UI. | https://www.metabase.com/docs/latest/installation-and-operation/running-the-metabase-jar-file\
~1313 | tcp | Hugo server | Hugo static-site dev server ('hugo server'). | https://gohugo.io/commands/hugo_server/\
~4000 | tcp | Phoenix | Phoenix (Elixir) development server. | https://hexdocs.pm/phoenix/up_and_running.html\
~4000 | tcp | Jekyll | Jekyll static-site dev server ('jekyll serve'). | https://jekyllrb.com/docs/configuration/options/\
~4173 | tcp | Vite preview | Vite's preview server for a production build ('vite preview'). | https://vite.dev/config/preview-options\
~4200 | tcp | Angular dev server | Angular CLI development server ('ng serve'). | https://angular.dev/cli/serve\
~4321 | tcp | Astro dev server | Astro development server ('astro dev'). | https://docs.astro.build/en/reference/cli-reference/\
~4444 | tcp | Selenium Grid | Selenium Grid / standalone server (WebDriver endpoint). | https://www.selenium.dev/documentation/grid/getting_started/\
~4567 | tcp | Sinatra | Sinatra (Ruby) development server. | https://sinatrarb.com/intro.html\
~5000 | tcp | Flask | Flask development server ('flask run'). | https://flask.palletsprojects.com/en/stable/quickstart/\
~5000 | tcp | ASP.NET Core (Kestrel) | Kestrel's default HTTP endpoint when none is configured (HTTPS on 5001). | https://learn.microsoft.com/en-us/aspnet/core/fundamentals/servers/kestrel/endpoints\
~5000 | tcp | Docker Registry | The open-source container registry (registry:2 / Distribution). | https://distribution.github.io/distribution/about/deploying/\
~5000 | tcp | macOS AirPlay Receiver | macOS 12+ AirPlay Receiver occupies 5000 (and 7000): a common 'port in use' surprise on Macs. | https://support.apple.com/en-us/103229\
~5000 | tcp | MLflow | MLflow tracking server and UI ('mlflow ui'). | https://mlflow.org/docs/latest/tracking.html\
~5001 | tcp | ASP.NET Core (Kestrel HTTPS) | Kestrel's default HTTPS endpoint when none is configured. | https://learn.microsoft.com/en-us/aspnet/core/fundamentals/servers/kestrel/endpoints\
~5173 | tcp | Vite | Vite development server ('vite', 'npm run dev'). | https://vite.dev/config/server-options\
~5555 | tcp | Flower (Celery) | Flower, the Celery monitoring web UI. | https://flower.readthedocs.io/en/latest/config.html\
~5678 | tcp | debugpy | Python debugger (debugpy) listening for VS Code to attach. | https://github.com/microsoft/debugpy\
~5678 | tcp | n8n | n8n workflow automation web UI. | https://docs.n8n.io/hosting/installation/docker/\
~6006 | tcp | Storybook | Storybook UI development server. | https://storybook.js.org/docs/api/cli-options\
~6006 | tcp | TensorBoard | TensorBoard (TensorFlow / PyTorch training dashboards). | https://www.tensorflow.org/tensorboard/get_started\
~7000 | tcp | macOS AirPlay Receiver | macOS 12+ AirPlay Receiver also listens on 7000. | https://support.apple.com/en-us/103229\
~8000 | tcp | Django | Django development server ('manage.py runserver'). | https://docs.djangoproject.com/en/stable/ref/django-admin/\
~8000 | tcp | Python http.server | 'python -m http.server' serves the current directory on 8000. | https://docs.python.org/3/library/http.server.html\
~8000 | tcp | Uvicorn / FastAPI | Uvicorn ASGI server (FastAPI apps). | https://www.uvicorn.org/settings/\
~8000 | tcp | Gatsby | Gatsby development server ('gatsby develop'). | https://www.gatsbyjs.com/docs/reference/gatsby-cli/\
~8000 | tcp | Kong proxy | Kong Gateway proxy (HTTP); 8443 for HTTPS. | https://developer.konghq.com/gateway/network\
~8000 | tcp | DynamoDB Local | Amazon DynamoDB Local. | https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBLocal.UsageNotes.html\
~8000 | tcp | Splunk Web | Splunk Web UI. | https://help.splunk.com/en/splunk-enterprise/administer/inherit-a-splunk-deployment/9.0/inherited-deployment-tasks/components-and-their-relationship-with-the-network\
~8080 | tcp | Spring Boot | Spring Boot embedded server (server.port). | https://docs.spring.io/spring-boot/appendix/application-properties/index.html\
~8080 | tcp | Apache Tomcat | Tomcat HTTP connector. | https://tomcat.apache.org/tomcat-10.1-doc/config/http.html\
~8080 | tcp | Jenkins | Jenkins web UI (--httpPort). | https://www.jenkins.io/doc/book/installing/war-file/\
~8080 | tcp | webpack dev server / Vue CLI | webpack-dev-server and Vue CLI ('vue-cli-service serve'). | https://webpack.js.org/configuration/dev-server/\
~8080 | tcp | Traefik dashboard | Traefik API and dashboard (insecure mode). | https://doc.traefik.io/traefik/operations/api/\
~8080 | tcp | Apache Airflow | Airflow web server. | https://airflow.apache.org/docs/apache-airflow/stable/howto/docker-compose/index.html\
~8080 | tcp | Trino | Trino coordinator HTTP server. | https://trino.io/docs/current/installation/deployment.html\
~8080 | tcp | cAdvisor | cAdvisor container metrics UI and /metrics. | https://github.com/google/cadvisor\
~8080 | tcp | CockroachDB DB Console | CockroachDB's DB Console (HTTP). | https://www.cockroachlabs.com/docs/stable/cockroach-start\
~8081 | tcp | Metro (React Native / Expo) | Metro bundler for React Native and Expo. | https://metrobundler.dev/docs/configuration\
~8443 | tcp | HTTPS alternate | HTTPS alternate port, common for app servers (Tomcat's TLS connector), admin consoles and Kong. | https://tomcat.apache.org/tomcat-10.1-doc/ssl-howto.html\
~8501 | tcp | Streamlit | Streamlit app server (server.port). | https://docs.streamlit.io/develop/api-reference/configuration/config.toml\
~8888 | tcp | Jupyter | Jupyter Notebook / JupyterLab server. | https://docs.jupyter.org/en/latest/running.html\
~9000 | tcp | PHP-FPM | PHP FastCGI Process Manager (nginx fastcgi_pass target). | https://www.php.net/manual/en/install.fpm.configuration.php\
~9222 | tcp | Chrome DevTools Protocol | Chrome/Chromium remote debugging (--remote-debugging-port), used by Puppeteer and Playwright. | https://chromedevtools.github.io/devtools-protocol/\
~9229 | tcp | Node.js inspector | Node.js debugger ('node --inspect'); bind it to 127.0.0.1 only. | https://nodejs.org/en/learn/getting-started/debugging\
~19006 | tcp | Expo web (legacy) | Expo CLI's webpack dev server for the web (older SDKs; newer ones use Metro on 8081). | https://github.com/expo/expo-cli/issues/2488\
~11434 | tcp | Ollama | Ollama local LLM server API. | https://github.com/ollama/ollama/blob/main/docs/faq.md\
~7860 | tcp | Gradio | Gradio ML demo apps. | https://www.gradio.app/guides/quickstart\
~8265 | tcp | Ray dashboard | Ray cluster dashboard. | https://docs.ray.io/en/latest/ray-observability/getting-started.html\
~1025 | tcp | Mailpit / MailHog SMTP | Local test mail catchers' SMTP port (web UI on 8025). | https://mailpit.axllent.org/docs/configuration/runtime-options/\
~8025 | tcp | Mailpit / MailHog web UI | Web UI of local test mail catchers. | https://mailpit.axllent.org/docs/configuration/runtime-options/\
~4566 | tcp | LocalStack | LocalStack edge port: all emulated AWS services. | https://docs.localstack.cloud/references/configuration/\
@10000-10002 | tcp | Azurite | Azure Storage emulator: Blob 10000, Queue 10001, Table 10002. | https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite\
~# Databases and data stores.\
~1433 | tcp | Microsoft SQL Server | SQL Server database engine (default instance). | https://learn.microsoft.com/en-us/sql/sql-server/install/configure-the-windows-firewall-to-allow-sql-server-access\
~1434 | udp | SQL Server Browser | SQL Server Browser service: locates named instances. | https://learn.microsoft.com/en-us/sql/sql-server/install/configure-the-windows-firewall-to-allow-sql-server-access\
~1521 | tcp | Oracle Database | Oracle Net Listener (TNS). | https://docs.oracle.com/en/database/oracle/oracle-database/21/ntdbi/oracle-database-component-port-numbers-and-protocols.html\
~2181 | tcp | ZooKeeper | Apache ZooKeeper client port (Kafka before KRaft, HBase, Solr). | https://zookeeper.apache.org/doc/current/zookeeperStarted.html\
~2888 | tcp | ZooKeeper peers | ZooKeeper follower-to-leader connections. | https://zookeeper.apache.org/doc/current/zookeeperStarted.html\
~3888 | tcp | ZooKeeper election | ZooKeeper leader election. | https://zookeeper.apache.org/doc/current/zookeeperStarted.html\
~33060 | tcp | MySQL X Protocol | MySQL X Protocol (MySQL Shell, X DevAPI). | https://dev.mysql.com/doc/mysql-port-reference/en/mysql-port-reference-tables.html\
~33062 | tcp | MySQL admin | MySQL administrative connection port (admin_port). | https://dev.mysql.com/doc/mysql-port-reference/en/mysql-port-reference-tables.html\
~3306 | tcp | MariaDB | MariaDB server uses MySQL's port. | https://mariadb.com/kb/en/configuring-mariadb-for-remote-client-access/\
~6432 | tcp | PgBouncer | PgBouncer connection pooler for PostgreSQL. | https://www.pgbouncer.org/config.html\
~5432 | tcp | PostgreSQL-compatible (TimescaleDB, Supabase) | Postgres-based databases keep the PostgreSQL port. | https://www.postgresql.org/docs/current/runtime-config-connection.html\
~16379 | tcp | Redis Cluster bus | Redis Cluster node-to-node bus: the data port + 10000. | https://redis.io/docs/latest/operate/oss_and_stack/management/scaling/\
~26379 | tcp | Redis Sentinel | Redis Sentinel (high availability monitor). | https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/\
~11211 | tcp+udp | Memcached | Memcached cache server. | https://github.com/memcached/memcached/wiki/ConfiguringServer\
~27017 | tcp | MongoDB | MongoDB server (mongod / mongos). | https://www.mongodb.com/docs/manual/reference/default-mongodb-port/\
~27018 | tcp | MongoDB shard | MongoDB shard member (--shardsvr). | https://www.mongodb.com/docs/manual/reference/default-mongodb-port/\
~27019 | tcp | MongoDB config server | MongoDB config server (--configsvr). | https://www.mongodb.com/docs/manual/reference/default-mongodb-port/\
~9042 | tcp | Cassandra CQL | Apache Cassandra (and ScyllaDB) native CQL clients. | https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html\
~7000 | tcp | Cassandra inter-node | Apache Cassandra inter-node (gossip) communication; 7001 with TLS. | https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html\
~7199 | tcp | Cassandra JMX | Cassandra JMX monitoring (nodetool). | https://cassandra.apache.org/doc/latest/cassandra/managing/operating/security.html\
~5984 | tcp | CouchDB | Apache CouchDB HTTP API and Fauxton UI. | https://docs.couchdb.org/en/stable/setup/cluster.html\
~8086 | tcp | InfluxDB | InfluxDB HTTP API. | https://docs.influxdata.com/influxdb/v1/administration/ports/\
~8088 | tcp | InfluxDB RPC | InfluxDB 1.x RPC service for backup and restore. | https://docs.influxdata.com/influxdb/v1/administration/ports/\
~7474 | tcp | Neo4j Browser (HTTP) | Neo4j HTTP API and Browser. | https://neo4j.com/docs/operations-manual/current/configuration/ports/\
~7687 | tcp | Neo4j Bolt | Neo4j Bolt protocol (drivers, cypher-shell). | https://neo4j.com/docs/operations-manual/current/configuration/ports/\
~26257 | tcp | CockroachDB | CockroachDB SQL and inter-node traffic. | https://www.cockroachlabs.com/docs/stable/cockroach-start\
~9000 | tcp | ClickHouse native | ClickHouse native TCP protocol (clickhouse-client). | https://clickhouse.com/docs/en/guides/sre/network-ports\
~8123 | tcp | ClickHouse HTTP | ClickHouse HTTP interface. | https://clickhouse.com/docs/en/guides/sre/network-ports\
~9009 | tcp | ClickHouse inter-server | ClickHouse replication between servers. | https://clickhouse.com/docs/en/guides/sre/network-ports\
~9440 | tcp | ClickHouse native TLS | ClickHouse native protocol over TLS. | https://clickhouse.com/docs/en/guides/sre/network-ports\
~9000 | tcp | MinIO API | MinIO S3-compatible API. | https://min.io/docs/minio/linux/reference/minio-server/minio-server.html\
~9001 | tcp | MinIO console | MinIO web console (when started with --console-address ':9001'). | https://min.io/docs/minio/linux/reference/minio-server/minio-server.html\
~9200 | tcp | Elasticsearch | Elasticsearch (and OpenSearch) REST API. | https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html\
~9300 | tcp | Elasticsearch transport | Elasticsearch node-to-node transport. | https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html\
~9600 | tcp | Logstash API / OpenSearch Performance Analyzer | Logstash monitoring API; OpenSearch Performance Analyzer. | https://www.elastic.co/guide/en/logstash/current/monitoring-logstash.html\
~8983 | tcp | Apache Solr | Solr search server and admin UI. | https://solr.apache.org/guide/solr/latest/deployment-guide/taking-solr-to-production.html\
~7700 | tcp | Meilisearch | Meilisearch search engine HTTP API. | https://www.meilisearch.com/docs/learn/configuration/instance_options\
~6333 | tcp | Qdrant HTTP | Qdrant vector database REST API. | https://qdrant.tech/documentation/guides/installation/\
~6334 | tcp | Qdrant gRPC | Qdrant vector database gRPC API. | https://qdrant.tech/documentation/guides/installation/\
~19530 | tcp | Milvus | Milvus vector database gRPC API. | https://milvus.io/docs/install_standalone-docker.md\
@8091-8096 | tcp | Couchbase | Couchbase Server web console and REST (8091) and service REST ports. | https://docs.couchbase.com/server/current/install/install-ports.html\
~11210 | tcp | Couchbase data | Couchbase Server data service (Memcached binary protocol). | https://docs.couchbase.com/server/current/install/install-ports.html\
~# Messaging and streaming.\
~5672 | tcp | RabbitMQ (AMQP) | AMQP 0-9-1 and 1.0 clients (RabbitMQ; also ActiveMQ, Qpid). | https://www.rabbitmq.com/docs/networking\
~5671 | tcp | RabbitMQ (AMQPS) | AMQP over TLS. | https://www.rabbitmq.com/docs/networking\
~15672 | tcp | RabbitMQ management | RabbitMQ management UI and HTTP API. | https://www.rabbitmq.com/docs/networking\
~15692 | tcp | RabbitMQ Prometheus | RabbitMQ Prometheus metrics. | https://www.rabbitmq.com/docs/networking\
~25672 | tcp | RabbitMQ inter-node | RabbitMQ inter-node and CLI tools communication (Erlang distribution). | https://www.rabbitmq.com/docs/networking\
~61613 | tcp | STOMP | STOMP messaging (RabbitMQ plugin, ActiveMQ). | https://www.rabbitmq.com/docs/networking\
~4369 | tcp | epmd | Erlang Port Mapper Daemon (RabbitMQ, CouchDB clusters). | https://www.erlang.org/doc/apps/erts/epmd_cmd.html\
~9092 | tcp | Kafka | Apache Kafka broker, the default client listener. | https://kafka.apache.org/quickstart\
~4222 | tcp | NATS | NATS client connections. | https://docs.nats.io/running-a-nats-service/configuration\
~6222 | tcp | NATS cluster | NATS server-to-server cluster routes. | https://docs.nats.io/running-a-nats-service/configuration/clustering\
~8222 | tcp | NATS monitoring | NATS HTTP monitoring endpoint. | https://docs.nats.io/running-a-nats-service/nats_admin/monitoring\
~1883 | tcp | MQTT | MQTT broker, unencrypted (Mosquitto, EMQX, HiveMQ, RabbitMQ plugin). | https://docs.oasis-open.org/mqtt/mqtt/v5.0/mqtt-v5.0.html\
~8883 | tcp | MQTT over TLS | MQTT broker over TLS. | https://docs.oasis-open.org/mqtt/mqtt/v5.0/mqtt-v5.0.html\
~61616 | tcp | ActiveMQ | Apache ActiveMQ OpenWire (Classic) / all-protocols acceptor (Artemis). | https://activemq.apache.org/components/artemis/documentation/latest/configuring-transports.html\
~8161 | tcp | ActiveMQ web console | Apache ActiveMQ web console (/admin). | https://activemq.apache.org/web-console\
~6650 | tcp | Apache Pulsar | Pulsar broker binary protocol (HTTP admin on 8080). | https://pulsar.apache.org/docs/next/getting-started-standalone/\
~7233 | tcp | Temporal | Temporal frontend gRPC service. | https://docs.temporal.io/references/configuration\
~# Observability.\
~9090 | tcp | Prometheus | Prometheus server web UI and API. | https://prometheus.io/docs/introduction/first_steps/\
~9090 | tcp | Cockpit | Cockpit Linux server web console. | https://cockpit-project.org/guide/latest/listen\
~9091 | tcp | Prometheus Pushgateway | Prometheus Pushgateway. | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9093 | tcp | Alertmanager | Prometheus Alertmanager. | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9094 | tcp+udp | Alertmanager cluster | Alertmanager high-availability gossip. | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9100 | tcp | Node exporter | Prometheus node_exporter host metrics (also raw printing, JetDirect, to IANA). | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9104 | tcp | MySQL exporter | Prometheus mysqld_exporter. | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9113 | tcp | NGINX exporter | Prometheus NGINX exporter. | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9115 | tcp | Blackbox exporter | Prometheus blackbox_exporter (probes). | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9121 | tcp | Redis exporter | Prometheus redis_exporter. | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~9187 | tcp | PostgreSQL exporter | Prometheus postgres_exporter. | https://github.com/prometheus/prometheus/wiki/Default-port-allocations\
~3100 | tcp | Grafana Loki | Loki log aggregation HTTP API. | https://grafana.com/docs/loki/latest/configure/\
~3200 | tcp | Grafana Tempo | Tempo tracing backend HTTP API. | https://grafana.com/docs/tempo/latest/configuration/\
~5601 | tcp | Kibana | Kibana web UI (also OpenSearch Dashboards). | https://www.elastic.co/guide/en/kibana/current/settings.html\
~5044 | tcp | Logstash Beats input | Logstash input for Filebeat and other Beats. | https://www.elastic.co/guide/en/logstash/current/plugins-inputs-beats.html\
~4317 | tcp | OTLP gRPC | OpenTelemetry Protocol over gRPC (collector, Jaeger, Tempo). | https://opentelemetry.io/docs/specs/otlp/\
~4318 | tcp | OTLP HTTP | OpenTelemetry Protocol over HTTP. | https://opentelemetry.io/docs/specs/otlp/\
~16686 | tcp | Jaeger UI | Jaeger tracing web UI and query API. | https://www.jaegertracing.io/docs/1.18/getting-started/\
~14268 | tcp | Jaeger collector HTTP | Jaeger collector, jaeger.thrift over HTTP. | https://www.jaegertracing.io/docs/1.18/getting-started/\
~14250 | tcp | Jaeger collector gRPC | Jaeger collector, model.proto over gRPC. | https://www.jaegertracing.io/docs/1.18/getting-started/\
~6831 | udp | Jaeger agent | Jaeger agent, compact Thrift (legacy clients). | https://www.jaegertracing.io/docs/1.18/getting-started/\
~6832 | udp | Jaeger agent (binary) | Jaeger agent, binary Thrift. | https://www.jaegertracing.io/docs/1.18/getting-started/\
~5778 | tcp | Jaeger agent configs | Jaeger agent sampling configuration. | https://www.jaegertracing.io/docs/1.18/getting-started/\
~9411 | tcp | Zipkin | Zipkin tracing server and API (also Jaeger's Zipkin-compatible collector). | https://zipkin.io/pages/quickstart.html\
~8125 | udp | StatsD | StatsD metrics (Datadog DogStatsD, Telegraf, statsd). | https://docs.datadoghq.com/developers/dogstatsd/\
~8126 | tcp | Datadog APM | Datadog Agent trace intake. | https://docs.datadoghq.com/agent/configuration/network/\
~2003 | tcp | Graphite (Carbon) | Graphite Carbon plaintext metrics (also InfluxDB's Graphite input). | https://docs.influxdata.com/influxdb/v1/administration/ports/\
~24224 | tcp+udp | Fluentd forward | Fluentd / Fluent Bit forward input (Docker's fluentd log driver). | https://docs.fluentd.org/input/forward\
~2020 | tcp | Fluent Bit HTTP | Fluent Bit monitoring HTTP server. | https://docs.fluentbit.io/manual/administration/monitoring\
~8428 | tcp | VictoriaMetrics | VictoriaMetrics single-node HTTP API. | https://docs.victoriametrics.com/\
~8089 | tcp | Splunk management | splunkd management / REST API. | https://help.splunk.com/en/splunk-enterprise/administer/inherit-a-splunk-deployment/9.0/inherited-deployment-tasks/components-and-their-relationship-with-the-network\
~8088 | tcp | Splunk HEC | Splunk HTTP Event Collector. | https://help.splunk.com/en/splunk-enterprise/administer/inherit-a-splunk-deployment/9.0/inherited-deployment-tasks/components-and-their-relationship-with-the-network\
~9997 | tcp | Splunk forwarder receiving | Splunk indexers receive data from forwarders here. | https://help.splunk.com/en/splunk-enterprise/administer/inherit-a-splunk-deployment/9.0/inherited-deployment-tasks/components-and-their-relationship-with-the-network\
~# Infrastructure, containers and orchestration.\
~2375 | tcp | Docker daemon (unencrypted) | Docker Engine API over plain TCP: root on the host to anyone who reaches it. Use 2376 with TLS or SSH. | https://docs.docker.com/reference/cli/dockerd/\
~2376 | tcp | Docker daemon (TLS) | Docker Engine API over TLS. | https://docs.docker.com/reference/cli/dockerd/\
~2377 | tcp | Docker Swarm management | Docker Swarm cluster management. | https://docs.docker.com/engine/swarm/swarm-tutorial/\
~7946 | tcp+udp | Docker Swarm gossip | Docker Swarm node discovery (also Serf / memberlist). | https://docs.docker.com/engine/swarm/swarm-tutorial/\
~6443 | tcp | Kubernetes API server | kube-apiserver (kubectl talks to it). | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
~2379 | tcp | etcd client | etcd client API (Kubernetes API server's store). | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
~2380 | tcp | etcd peer | etcd peer-to-peer replication. | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
~10250 | tcp | kubelet API | Kubelet API on every node. | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
~10256 | tcp | kube-proxy | kube-proxy health check. | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
~10257 | tcp | kube-controller-manager | kube-controller-manager (HTTPS). | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
~10259 | tcp | kube-scheduler | kube-scheduler (HTTPS). | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
@30000-32767 | tcp+udp | Kubernetes NodePort | Default range of Kubernetes NodePort services. | https://kubernetes.io/docs/reference/networking/ports-and-protocols/\
~8001 | tcp | kubectl proxy | 'kubectl proxy' to the Kubernetes API on localhost. | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_proxy/\
~8001 | tcp | Kong Admin API | Kong Gateway Admin API (HTTP); 8444 for HTTPS. | https://developer.konghq.com/gateway/network\
~8472 | udp | Flannel VXLAN | Flannel VXLAN overlay (k3s, many Kubernetes clusters). | https://docs.k3s.io/installation/requirements\
~51821 | udp | Flannel WireGuard (IPv6) | k3s Flannel wireguard-native backend, IPv6. | https://docs.k3s.io/installation/requirements\
~51820 | udp | Flannel WireGuard | k3s Flannel wireguard-native backend, IPv4. | https://docs.k3s.io/installation/requirements\
~8500 | tcp | Consul HTTP API | HashiCorp Consul HTTP API and UI. | https://developer.hashicorp.com/consul/docs/install/ports\
~8501 | tcp | Consul HTTPS API | HashiCorp Consul HTTPS API (when enabled). | https://developer.hashicorp.com/consul/docs/install/ports\
~8502 | tcp | Consul gRPC | Consul gRPC (Envoy xDS for Connect). | https://developer.hashicorp.com/consul/docs/install/ports\
~8600 | tcp+udp | Consul DNS | Consul DNS interface. | https://developer.hashicorp.com/consul/docs/install/ports\
~8300 | tcp | Consul server RPC | Consul server RPC. | https://developer.hashicorp.com/consul/docs/install/ports\
@8301-8302 | tcp+udp | Consul Serf | Consul LAN (8301) and WAN (8302) gossip. | https://developer.hashicorp.com/consul/docs/install/ports\
~8200 | tcp | Vault | HashiCorp Vault API and UI. | https://developer.hashicorp.com/vault/docs/configuration/listener/tcp\
~8201 | tcp | Vault cluster | Vault server-to-server (cluster_address) traffic. | https://developer.hashicorp.com/vault/docs/configuration/listener/tcp\
~4646 | tcp | Nomad HTTP API | HashiCorp Nomad HTTP API and UI. | https://developer.hashicorp.com/nomad/docs/install/production/requirements\
~4647 | tcp | Nomad RPC | Nomad RPC between clients and servers. | https://developer.hashicorp.com/nomad/docs/install/production/requirements\
~4648 | tcp+udp | Nomad Serf | Nomad server gossip. | https://developer.hashicorp.com/nomad/docs/install/production/requirements\
~15001 | tcp | Istio Envoy outbound | Istio sidecar: outbound traffic capture. | https://istio.io/latest/docs/ops/deployment/application-requirements/\
~15006 | tcp | Istio Envoy inbound | Istio sidecar: inbound traffic capture. | https://istio.io/latest/docs/ops/deployment/application-requirements/\
~15021 | tcp | Istio health | Istio sidecar health checks. | https://istio.io/latest/docs/ops/deployment/application-requirements/\
~15090 | tcp | Istio Envoy metrics | Istio sidecar Prometheus telemetry. | https://istio.io/latest/docs/ops/deployment/application-requirements/\
~15017 | tcp | istiod webhook | istiod webhook container port. | https://istio.io/latest/docs/ops/deployment/application-requirements/\
~15012 | tcp | istiod XDS | istiod XDS and CA services (TLS). | https://istio.io/latest/docs/ops/deployment/application-requirements/\
~2019 | tcp | Caddy admin API | Caddy web server admin API (localhost only by default). | https://caddyserver.com/docs/api\
~3128 | tcp | Squid proxy | Squid caching HTTP proxy. | https://www.squid-cache.org/Doc/config/http_port/\
~9443 | tcp | Portainer | Portainer web UI (HTTPS); 9000 for legacy HTTP. | https://docs.portainer.io/start/install-ce/server/docker/linux\
~9000 | tcp | Portainer (HTTP, legacy) | Portainer web UI over HTTP (older installs). | https://docs.portainer.io/start/install-ce/server/docker/linux\
~50000 | tcp | Jenkins agents | Jenkins inbound (JNLP) agent connections. | https://www.jenkins.io/doc/book/installing/docker/\
~8444 | tcp | Kong Admin API (HTTPS) | Kong Gateway Admin API over HTTPS. | https://developer.konghq.com/gateway/network\
~8443 | tcp | Kong proxy (HTTPS) | Kong Gateway proxy over HTTPS. | https://developer.konghq.com/gateway/network\
~# Big data.\
~9870 | tcp | HDFS NameNode UI | Hadoop HDFS NameNode web UI (Hadoop 3). | https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/hdfs-default.xml\
~8088 | tcp | YARN ResourceManager UI | Hadoop YARN ResourceManager web UI. | https://hadoop.apache.org/docs/stable/hadoop-yarn/hadoop-yarn-common/yarn-default.xml\
~7077 | tcp | Spark master | Apache Spark standalone master. | https://spark.apache.org/docs/latest/spark-standalone.html\
~8080 | tcp | Spark master UI | Apache Spark standalone master web UI. | https://spark.apache.org/docs/latest/spark-standalone.html\
~4040 | tcp | Spark application UI | Spark driver's web UI for a running application. | https://spark.apache.org/docs/latest/monitoring.html\
~# Home and media servers.\
~8123 | tcp | Home Assistant | Home Assistant web UI. | https://www.home-assistant.io/integrations/http/\
~1880 | tcp | Node-RED | Node-RED flow editor. | https://nodered.org/docs/getting-started/local\
~32400 | tcp | Plex Media Server | Plex Media Server. | https://support.plex.tv/articles/201543147-what-network-ports-do-i-need-to-allow-through-my-firewall/\
~8096 | tcp | Jellyfin | Jellyfin media server HTTP. | https://jellyfin.org/docs/general/networking/\
~8384 | tcp | Syncthing GUI | Syncthing web GUI (localhost). | https://docs.syncthing.net/users/firewall.html\
~22000 | tcp+udp | Syncthing sync | Syncthing device-to-device sync (TCP and QUIC). | https://docs.syncthing.net/users/firewall.html\
";
