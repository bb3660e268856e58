// GENERATED FILE, do not edit: regenerate with `npm run registry:update` (scripts/generate-registry.ts).
// The IANA Service Name and Transport Protocol Port Number Registry, dedicated to the public domain
// (CC0 1.0) by the IANA/IETF licensing statement of November 2021.

/** The file the rows below were made from: its name, its `<updated>` date, its SHA-256 and its record count. */
export const IANA_SOURCE = {"source":"service-names-port-numbers.xml","updated":"2026-08-17","sha256":"4bbf00ef4dd194ea3098d090b42a832c0f8aef704699956a4a7e24576a49631b","records":14533} as const;

/** Names and descriptions are coded: a character of IANA_LEADS and the next one (its place in
 *  CODE_ALPHABET, printable ASCII without `"`, `\`, `|` and `~`) stand for an entry of IANA_BOOK; entry 0
 *  is the row's name, entry 1 the name in capitals (both empty in the book). Descriptions that only
 *  repeat the name are empty. */
export const IANA_LEADS = "#$%<=>@^`{}!;?*[]:+&Y8Z,";
export const IANA_BOOK = "!\"&*+,8:;?YZ[]\u00c9-lm as to ofIBM IPSSLsunSunbmc-toibm-ipapc is in-dbThe onddi-dswapBMCEMCboenet-asMOSOMA\
icl DM by-in-srpxc DS-an-mcTCPTLSWAPamtcftfcpomasns ID-id-tl323RTPWebanyftpisomedscosgiudt DB LM-IP-cm\
-cs-ns-pm-wsacpavtdecedmemciasnmsocssgetl1 CL-cc-ch-gw-np-of-seAirKeyMITamxcancvcfrcgdsifendlrapsdettc\
wwwxns TV WS-ap-ft-io-rm-sm-sp for and TLS Web-ssl-net SSL TCP-udp API UDP-tcp-tls the-srv Inc App-aix\
-secBoKS RPC Net SQL3GPPDataOpenafs3bokselmdraid Job LAN web-mgr-svchaclhttpstun NAT SMS-cfg-mon-svr\
-webGridHTTPJEOLasapjeol IPC-alt-app-p2p-rpc-wspESRIPortdata Bus DNS Log Map P2P SNA-dev-msg-mux-pas\
-rmi3comRealbadmbdiresrinuts End JMX Key Mgr Pro RMI SDE SSH UPS-cmd-com-csp-ctl-gui-lmd3ComDellFile\
GameLiveSTUNWBEManetenrpldapmsfwrsvpvrts AMT COS Dir FTP GPS ICE Low Ltd Man Non Sys api out tcp use\
-104-adm-api-bus-cli-ice-nms-oms-reg-sms-sna-ssh-sys3PAR3parIANANUTSOptoRSVPSNMPapwibrlpbuesetcdiris\
isisnatinpmpprivsageselfstattftptrapwbemxcap Air BPM CIM CSP GUI ICL Msg NMS SPx Svr VPN but key non\
 run-TLS-clt-cps-dcp-dir-dns-dps-ilm-jmx-lan-log-lu6-nat-nlm-out-raw-req-rtr-slp-smp-sql-tep-via-wtp\
3gpp6000914cANRIANSICrayDMTFIEEEIRISJavaLoadMPLSPeerTNOSUserWSO2XMPPampratexcsvrdhcpfindfunkgRPCgprs\
iadtidigieeemdbsmplsmsftncpmpipepkixrtpsservskipsrvcsyamtnostopotrimuucpxmpp Port-port Data name over\
 this well IANA port-disc data-datacisco File-http-mgmt HTTP User Peer Link CallCisco Name used-auth\
 DTLS Host file Test game Mail Time-syncagent Comm-comm-ctrl-elmd-trap with Area Chat Corp Game REST\
 SOAP year-iiop-srvrCanonIntelWorldcanoniclpvnetiqopsec 2000 Mgmt Push Type Unit conf-peer-push-serv\
-timeAppleInovaNetIQelvininstl Base Node Pool Wide info peer send-game-link-ping-soap-test-waveARDUS\
EventMySQLQSNetQuestdsmccmysqlqsnet BJNP Door Home Java Line Mice Open Over QUIC STUN Sync copy from\
 link text that user-Wave-chat-dtls-mail-priv-prot-rsrb-sctp-snmp-userAudioDSMCCEPSONInterMediaOrbix\
RavenUnifyappleeventfmprointelorbixquestradioshiva BEEP Core Exec Flow High Info LDAP Labs Load Meta\
 Path Plus RSRB SNMP area mail tool wide-ANRI-Link-Take-User-band-beep-cert-clnt-cntl-conn-corp-dist\
-echo-edge-etap-main-perf-soft-tsapANSYSEiconHTTPSIconaLocalLocusSonusTobitalarmardusazeticanitcorel\
dicomeiconelprofjiclhostdhttpsipfixlocusmctetnburnnovaropcuapprocproxysmartsossdtalonunifywhois 0x00\
 1722 3GPP 914C ANDI Auto Best COAL Cert Cont DOTS Desk Disk Echo FARM FPSU GIOP GPRS Grid Heap IPv6\
 Jack Keys Long MPLS Mesh NESS OLAP Only PORT Part Peak Ping Scan Send Serv Svcs Syst Tech Tool Trap\
 Unix VNet WiFi Zone auth code high http main node pipe prot real site test time-2000-Data-HTTP-Peer\
-Port-Test-Time-Trap-addr-anri-best-bone-cics-clic-coll-door-dump-escp-file-find-flow-fpsu-gate-h248\
-hcip-hicp-info-ldap-lmgr-lstn-migr-node-poll-prod-raft-raid-repl-rmcp-rtmp-sock-splr-spvr-stat Agent\
-agentRemote Admin-adminOracleSecure EventSimple Proxy-https Relayserver using HTTPS Plane-proxyServer\
 Videooracleremotevision point Audit Group Layer Media Point cacaoDirect Debug Suite VaultASIGRAActive\
Nuance Image mediaCitrixapollopalacepatrolsecure Alarm Audio Inter Mcast Ports cache proxy query-based\
-event-port1-relayClientGlobalNovellcruisemappernovellsimplesyslogtunnel Cloud Local Model Proto Tools\
 admin based multi relay-Agent-audit-debug-encap-local-nsddp-nsdtp-port2-videoLoricaMAPPERMatrixMobile\
NimbusPolicyUnisysclientcompaqdhcpv6doceriloricamatrixnetmapnetrjsnotifytargus ACARS Array Class David\
 Human Panel Pixel Power Radio Shell Stack Start Token Trans agent local login state table video-alarm\
-bcast-comms-epmap-iiops-login-transAltovaApolloAvantiBackupBaculaCommonCompaqDeviceDoubleFlightForCES\
OnLiveParsecZephyrauroraavantibaculabanyanbintecbrokercedrosdomainglobalindigolan900netappnetxmsopalis\
parsecqftestradiuszephyr 60870 Alert Annex BCAST Block Bootp Cable Cache Clock Disco Drive Fault Field\
 Flash Focus Fraud Level Login Maker Music North OVSAM Panic Phone Queue Radar Rules SDViz STOMP SUITE\
 Serve Setup Stars Store Trees Trust Twain Unity Voice Watch bases block cloud https modem names nodes\
 plane power radio split vCard which-20701-Level-Point-Speed-TRACK-acars-cache-clear-clock-cloud-cntrl\
-dbase-endpt-image-jmxmp-mcell-media-njack-panel-panic-probe-proto-query-redir-robot-style-suite-t4net\
-vcard-vista-watch-wlinkAequusAmiconBattleBridgeCAPWAPCadkeyCedrosCrescoDBISAMDockerFusionHarmanIntuit\
LegentListenMARKEMMegacoModbusNetAppNetXMSNewlixNormanNotifyPATROLPatrolPhotonPropelRADIUSSImpleSakura\
SensorSepehrShaperSilverSiriusSphinxStorixSurveyTiePieVertelViperaZigBeeadmindaequusaltovaamiconansoft\
beaconbootpscadkeycapwapclevercognexcomcamcpqrpmdaemondevicedockerdoglmsfacsysgalaxygroovegtrackhealth\
hybridingresipfixsjtnetdlegentmegacomobilenativenexgenodetteopennlpassgopcsyncplysrvpowwowprchatradsec\
rdmnetscottysearchshrewdsolerasvinfotacacstelnettiepietransdunisqlunisysvacdsmviperavolumewrlesswsdapi\
xTradexybridzabbixzigbee Server-formed server Remote System-server Access ClientNetwork Secure Device\
 Daemon Backup Engine access secureService Object-client Broker Tunnel system-remoteFujitsu Domain client\
 remoteVirtual Status Update-configVERITASnetview MobileDesktopMessagefilenet daemon Config device-tunnel\
 RouterSenomixveritas Common Search status-engineDigitalDynamicVeritasservice Bridge Public-Server-broker\
-secure-status-updateSamsungSessionacmaintapsolabiceedcp Center Office Online Places Policy Serial Telnet\
 Tivoli backup mobile-Mobile-backup-licman-systemAvocentControlGenericNetBillentrustfjippolfujitsunetbill\
netopia Beacon Binary Design Direct Global Module Patrol Script Unused eTrust facing update-Client-daemon\
-device-master-notify-office-policy-portal-routerAutocueBrailleCardWebClassicFileNETNETCONFNetMikePrinter\
Windowsdirectviclcnetnetconfpreciseprinter Bundle Change Expert Fabric Health Kernel Lookup Mapper Number\
 Paging Portal SERVER Sensor Socket Switch Vision search shared-System-bundle-design-telnetCadcorpCompute\
ContextInstantLAN2CANNETBIOSNetvionStorageSynapseTrivialalljoynbilobitconnectdirecpcdiscarddsmetermonitor\
netbiossalientsynapsewebmail Across Active Apx500 Branch Deploy Export Listen Master Naming Notice Oracle\
 Person Player Quorum Radius Reader Safety Signal Simple Source Stream Supply Threat Trader Viewer Window\
 action config engine family inside master notify portal public router screen telnet tunnel-Remote-binary\
-bridge-cinema-diradm-ferret-lookup-netlan-paging-player-plugin-signal-stream-target-websvcAdaptecAgilent\
AnasoftAssuriaBrocadeCascadeChannelCiphireComtechContactDSMETERDisplayDropboxEmbraceEmersonEmpressEntrust\
ExcerptFileNetGatewayGeneralIceWallInitiumIntecomJanstorJetVWayLANDeskLOCANISLibelleLicenseLogicalLonTalk\
MailboxNavtechOneHomeOpticalOrigoDBOverlayPayCashPearsonPeovicaRBackupRFC3692RicardoRoutingSalientSiemens\
SolarisSpectarStatSciTRIVNETUnidataUnifiedaairnetappservassuriaavocentbeeyondbullantcardboxcichildciphire\
cloantocodasrvcuelinkcumuluscypressdialpaddigitaleSpeechembraceempriseeserverespeechexolineezproxyfiorano\
ftrapidiBridgeibridgeinnosysintecomjaxflowlibellelistcrtlontalkmailboxmanyonemonetranetplaynetwarenicetec\
nucleusonehomeordinoxpaycashpegasusprodigyqmasterradwarerapidmqricardosamsungsercommsnmpsshsnmptlssqlexec\
strexectopflowvdmmeshvirtual Service Manager service Control License Network Message control-control\
 Gateway Systems network Channel Monitor Virtual Cluster Routing Command Console Storage Default Objects\
 SessionEtherNetredstorm RequestInternet Dynamic Library-serviceBusinessOpenView Desktop-gateway Connect\
 Content channel cluster manager-managerProsperoResourcetalarian Devices Program license private process\
-Controlproshare Apsolab Private Windows between company machine message-cluster-profileerunbook America\
 Element Handler Process Product packets session systems-monitor-networkBindViewEmbeddedOpenMailReliable\
SymantecTalarianVocalteckerberosprofinetsuncacaotimbuktuvocaltec Address Catalog Central Company Display\
 Install Locator Logging Machine Restore default storageAmericanComputerCrestronDocumentHardwareKerberos\
NetSpeakNetadminNewsEDGEPasswordSecuritySentinelSoftwareTelerateTimbuktucrestronideafarmnetspeakregistry\
resourcermonitor Adapter Capture Express NetView Packets Receive Roaming Standby Steward Support Traffic\
 Unicast Unified Updates Utility Version monitor outside product request routing-Network-Process-connect\
-license-machine-routing-storageConServREquitracEthernetMarathonMetaEditPROFInetconfsrvrcontamacinterhdl\
metaeditoemcacaoscientiasentineluniversevaradero AllJoyn Balance Binding CONTROL Calypso Carrier Contact\
 Context CueLink Digital Domains Fabrics Freedom Galileo Generic Instant LanSync MESSAGE Methods PERFORM\
 Printer Qmaster Quality Railway RapidMQ Reality Remotec Runtime SERVICE Scanner Sharing Sockets Solaris\
 Spooler Tracker Trinity Upgrade Vehicle Watcher XtremSW binding devices drawing dynamic everRun factory\
 general instant program publish servers station trigger tunnels version-Traffic-appsrvr-console-insight\
-lcesrvr-logging-mbadmin-mgmtsvc-replica-request-sdunode-server1-server2-session-systems-trackerAcctopus\
AutodeskBeInSyncBerkeleyBuildingChildKeyCoMotionCoalsereCommLinxContamacCustomerDatabeamDiameterEricsson\
FrontRowHypercomLocationMotorolaMultipleNimbusDBNotateitPROFINETProshareProtocolReceiverRegistryRidgeway\
RiverbedSPACEWAYSimplifySofaWareSuperDogUNIVERSEViscountWatchdocWildbitsWorkflowacctopusautodeskblockade\
childkeycinegrfxcommplexcommtactcsdmbasediametereRunbookethernetforesytegnutellaiDigTechinterHDLinvision\
kticketslinktestlistenerllsurfupmfservermppolicynotateitpatroldbpersonalplaysta2prosperoseclayershaperai\
shiprushsnmpdtlssymantecsynoticstungstentunstallvncadminwatchdoc Protocol protocol assigned Services\
 Transfer Software DatabaseMicrosoft Security Location Exchange Priority Registry Resource services transfer\
 Internet Platform database exchange Listener Networks TrackingAppleTalk Firewall Printing Terminal internal\
-protocol Business Datagram Delivery EthernetFileMakerReadyTechUniversalencrypted Director Endpoint Extender\
 Messages Standard Wireless-registryBloombergMulticast Analysis Emulator Facility Instance Internal Language\
 Reliable Research platform registry software-discover-services-webadminDiscoverySatelliteTransportappareNet\
apparenetdbcontrol Assessor Behavior Debugger Discover Document External Graphics OpenView Parallel Products\
 Realtime Universe coNETion endpoint machines messages requests-responseBootstrapCambridgeCosmoCallFireScope\
LickliderMillicentSpotlightconductormicromusemicrosoftopsessionsubntbcst Advanced Alliance Blocking Calendar\
 Checking Contents Customer Download Embedded Executor Extended IXChange Identity Informix LinkTest Maintech\
 Managers NewsEDGE Notebook Notifier Planning Proshare RealTime Receiver Routable SideShow Tapestry Tungsten\
 analysis commands facility function language lighting location products programs response scanning terminal\
-behavior-capacity-channels-failover-internal-novative-remoting-sideshowARMCenterAccuracerAdvantageAlternate\
AstergateCommunityCompactISDirectoryDownToolsEPCglobalEmergencyEncryptedFilemakerInfoVistaJetVisionNetBurner\
ObjectivePervasivePolyServeSoleraTecSplitlockStageSoftStorMagicSunSCALARSynOpticsTurboNoteUtilistorVormetric\
Warehouseaccelenetaccuracerapx500apiastergatecodemetercoherencediametersdiscoverydowntoolsezmeetinglanschool\
nmsigportsitewatchsmartcardsoftauditsplitlocksunscalarturbonoteussACTIONvantronixwarehousewinshadowzenginkyo\
 Discovery Interface Transport Directory Messaging discovery messaging-discovery Multicast interface\
 transport Framework Streaming SolutionsEnterprisemenandmice Bootstrap Collector Execution Licensing\
 LightLink Signaling Traversal Alternate Broadcast Extension ReportingManagementserverview Assistant\
 Connector Detection Messenger Printware Telemetry-appserver-transportIntegrateddocumentum AutoStore\
 Coherence Encrypted GeognoSIS Multiplex NetBackup Scrambler Tunneling Universal broadcast computing\
 migration performed-Traversal-deepspace-messaging-streamingAutomationExtensibleOperationsRemoteWare\
SalutationSecurSightattachmateremotewaresynchronet Analytics Appliance Automatic Balancing DataMover\
 Generator Heartbeat Insertion Lifecycle Listening Middlebox Migration Pointspan Precision Protector\
 Requester SASSAFRAS SoftAudit SoftBench Utilities WebServer Workbench analytics automatic compliant\
 dbControl efficient managment multicast multiplex signaling-Interface-activmail-behaviors-interface\
-licensing-requester-webserverBitfighterCheckpointChoiceViewCleverViewDataScalerDiagnosticKollective\
MacromediaMicrotalonOmniVisionPostgreSQLPowerAlertSpeedTraceSuperVaultTaskMasteraeroflightchoiceview\
cloudcheckdatascalerdilithium3diskbridgeeXtensibleiascontrolk3softwaremacromediamicrotalonnavisphere\
netTsunaminetwatcherovalarmsrvspeedtraceterminaldbunicontrolwhosockami Management Enterprise Connection\
 Monitoring management AutomationLiebDevMgmt ControllerDistributed Operations Timesheets assignment monitoring\
 Networking Rendezvous Associates Collection Extensible Signallingadobeserver Accounting Forwarding Instrument\
 Publishing Resolution connection Conference Electronic Filesystem Industrial Processing Repository Validation\
 collection controller deployment-DocumentumApplicationConstrainedInformationInteractive Assessment CloudCheck\
 Consulting Diagnostic Encryption EnergyWise Experiment Foundation Gatekeeper Generation Invocation Membership\
 Multimedia Nameserver Redundancy Scheduling Submission Technology TraceAgent Traceroute automation clustering\
 eXtensible networking processing rendezvous resolution signalling-Management-management-portmapperActiveBatch\
CertificateDiagnosticsDiamondWaveEminentWareEncapsulateFileLocatorListCREATORNetworkLensPerformanceProprietary\
WebserviceseventACTIONoptohost004 replacement Application Information application Replication Distributed\
 Corporation Measurement Performance Certificate Environment replication Acquisition Programming Workstation\
 Association Multiplexer Transaction distributed documentingInstallation Convergence Innovations Instruments\
 Negotiation Proprietary Synchronous information performanceRegistrationcplscrambler Computation Coordinator\
 Engineering Entitlement Independent Integration Interaction Interdevice Redirection Transmitter acquisition\
 communicate engineering maintenance multiplayer workstationFlowAnalyzerMQEnterpriseOccupationalPlayStation2\
SurveillanceSystemwalkerdellwebadmindhanalakshmih323hostcallisoipsigportjaugsremotec Notification Distribution\
 Televaulting Transmission Announcement applications Connectivity Applications Architecture Optimization\
 Provisioning Technologies distributionBidirectionalConfigurationManufacturing Installation Intercluster\
 Interconnect Multiplexing Registration SmartPackets conferencing environments notification-Distribution\
contentserversecuritylayerx509solutions Communication Configuration communication Encapsulation configuration\
 Administrator Authorization Specification COnfiguration Clearinghouse Collaboration EnterpriseBus Establishment\
 encapsulation-ENCAPSULATIONAdministrationSAPHostControlcreativepartnrcreativeservertaskmaster2000 Administration\
 Communications Authentication communications authentication Identification Infrastructure Virtualization\
 administration connectionless Synchronization synchronizationWorldMailExpress InteroperabilityDirectoryLockdown";
/** How many entries of IANA_BOOK have each length (0, 1, 2, ...): the entries run together, shortest first. */
export const IANA_BOOK_LENGTHS = [2,15,0,107,237,304,345,330,303,196,137,86,58,29,20,10,3,2];

/** 6442 single-port rows sorted by port (a port's names in the registry's order), each
 *  `|port~name~description`, then `~references` when the record cites any: the port in base 36, then `.` and
 *  a hex protocol mask (1 tcp, 2 udp, 4 sctp, 8 dccp; 0 none stated) unless it is 3. References are
 *  separated by `^`: an RFC by its number, a draft by its name, a web page by its URL and label. */
export const IANA_ROW_COUNT = 6442;
export const IANA_ROWS = "|\
1~tcpmux~#X<z*dZn|\
5~rje~^?$a Entry|\
7~echo~|\
9~;n~|\
9.4~;n~~9260|\
9.8~;n~~4340|\
b~systat~^` Users|\
d~daytime~~867|\
h~qotd~Quote#5$O Day|\
i~msp~!M@V+& (historic)|\
j~chargen~CharacterY{|\
k~#h=)~%C+* #/Default<}#0|\
k.4~#h=)~FTP~9260|\
l~#h~%C+*+& #/!z#0~959|\
l.4~#h~~9260|\
m~ssh~#C!3`N (#!)+&~4251|\
m.4~ssh~~9260|\
n~}x~~854|\
o~~#g[6>Y!?|\
p~smtp~^E=<+*~RFC-ietf-emailcore-rfc5321bis-43|\
r~nsw-fe~NSW=/!. FE|\
t~msg-icp~|\
v~msg=6~MSG,p|\
x~dsp~?Z])+&|\
z~~#g[6 printer!,|\
11~time~|\
12~$5~Route!0+&|\
13~rlp~[1+/+&|\
15~graphics~|\
16~name~Host=4!*|\
16~nameserver~Host=4!*|\
17~nicname~Who Is|\
18~mpm-flags~MPM FLAGS+&|\
19~mpm~!MZ%;+ #/recv#0|\
1a~mpm-snd~MPM #/default=l#0|\
1c~auditd~!Z^T!5|\
1d~}w~Login=8+& (#!)|\
1e~re>3-ck~^?=<&/+&|\
1g~$9=`~XNS==+&|\
1h~`v~Domain=4!*|\
1i~$9$&~XNS,c|\
1j~isi-gl~ISI+o+Y|\
1k~$9=6~XNS,p|\
1l~~#g[6&R!8|\
1m~$9>3~|\
1n~~#g[6=9*f|\
1q~acas~ACA+)|\
1r~whoispp~@3#'#'=%+(=#=$!+*f= #3 aZ^$B #$@3#'#'#$.|\
1r~@3#'#'~|\
1s~covia~Communications Integrator (CI)|\
1t~}w#F~TACACS-Database*d|\
1u~sql$G~^B$X#&NET=%+(=#=$!+*f= #3 aZ^$B #$sql#&#K#$.|\
1u~sql#&#K~^B$X#&NET|\
1v.1~}O~+{+&!*~951|\
1v.2~}O~+{+&!*|\
1w~bootpc~+{+&!1|\
1x~<!~;i=++*|\
1y~gopher~|\
1z~`B-1~^?$a*d|\
20~`B-2~^?$a*d|\
21~`B-3~^?$a*d|\
22~`B-4~^?$a*d|\
23~~#g[6 dial%Z*f|\
24~deos~8k+n!;{F|\
25~~#g[6 RJE*f|\
26~vettcp~|\
27~finger~|\
28~$g~=Q=i$E=.~9110|\
28~$8~=Q=i$E=.~9110|\
28~$8=,~=Q=i$E=.|\
28.4~$g~~9260|\
2a~xfer~#!].|\
2b~mit-ml%'~$- ML!4|\
2c~ctf~`f Trace+V|\
2d~mit-ml%'~$- ML!4|\
2e~mfcobol~Micro{3 Cobol|\
2f~~#g[6&R>,|\
2g~[U~~4120|\
2h~su-mit-tg~SU/$-!q*m|\
2i~dnsix~#! Securit Attribute`Q%$|\
2j~mit-dov~$- Dover]m|\
2k~npp~!2+?+&|\
2l~dcp~`h*g+&|\
2m~objcall~Tivoli!; Dispatcher|\
2n~supdup~|\
2o~dixie~#!+&,a|\
2p~swift-rvf~Swift!- Virtural=++&|\
2q~tacnews~|\
2r~metagram~Metagram^H|\
2t~hostname~NIC=8=4!*|\
2u~#i>o~#!`G 0|\
2v~gppitnp~Genesis^X#<{]`R$W|\
2w~acr-nema~#!]T Imag. #%=@. 300|\
2x~cso~CCSO= !,+'|\
2x~csnet#s~?p=4Z=|\
2y~%,-tsmux~|\
2z~rtelnet~^?!q*d|\
30~snagas~SNA*m!0!*|\
31~pop2~Post!l+& -]/ 2|\
32~pop3~Post!l+& -]/ 3|\
33~sunrpc~SUN!- Procedure=2|\
34~mcidas~McIDAS<},?+&|\
35.1~ident~|\
35~auth~Authentication*d|\
37~sftp~^E=++*+&|\
38~ansanotify~ANSA REX Notify|\
39~<x-path~UUCP>T*d|\
3a~sqlserv~SQL+)|\
3b~nntp~!2 News+*+&~3977|\
3c~cfdptkt~|\
3d~erpc~Encore Expedited!-%6.Call|\
3e~smakynet~|\
3f~ntp~!2==+&~5905|\
3g~ansatrader~ANSA REX?0|\
3h~@(-map~>u PC89$W%$ Ser|\
3i~nxedit~|\
3j~@(-con~>u PC89 Conn!*|\
3k~gss-xlicen~GSS X*h Verification|\
3l~pwdgen~[pY{+&|\
3m~=*-fna~=* FNATIVE|\
3n~=*-tna~=* TNATIVE|\
3o~=*%j~=* S#-SMAINT|\
3p~statsrv~Statistics*d|\
3q~}a$G~#!*d|\
3r~epmap~DCE+vZJ|\
3s~profile~#!? !.|\
3t~;q#s~;e=4*d|\
3u~;q-dgm~;e+D*d|\
3v~;q-ssn~;e*z*d|\
3w~emfis=)~EMFIS<}*d|\
3x~emfis>e~EMFIS*g*d|\
3y~bl-idm~Britton-Lee IDM|\
3z.1~imap~[!*j!0+&~3501^9051|\
40~uma~+I8c,D|\
41~uaac~#!+&|\
42~#i-tp0~ISO-IP0|\
43~#i#>~|\
44~jargon~|\
45~aed-512~AED 512 Emulation*d|\
46~sql$G~|\
47~hems~|\
48~bftp~Background=++*[4|\
49~sgmp~|\
4a~netsc^3~NETSC|\
4b~netsc%'~NETSC|\
4c~sqlsrv~SQL*d|\
4d~knet-cmp~KNET/VM*u/!M+&|\
4e~pcmail$P~PCMail!*|\
4f~nss]:~|\
4g~sgmp-traps~|\
4h~snmp~|\
4i~snmptrap~|\
4j~cmip-man~CMIP/#X*e|\
4k~cmip^>~CMIP/#X^=|\
4l~$9-courier~Xerox|\
4m~s$G~}A*n|\
4n~namp~|\
4o~rsvd~|\
4p~send~|\
4q~print$P~!2 PostScript|\
4r~multiplex~!2ZtY`|\
4s~cl-1~!2Zt$$/1=%+(=#=$!+*f= #3 aZ^$B #$cl/1#$.|\
4s~cl/1~!2Zt$$/1|\
4t~xyplex%)~Xyplex|\
4u~mailq~|\
4v~vmnet~|\
4w~genrad%)~|\
4x~xdmcp~X[_*e*g+&|\
4y~nextstep~NextStep?2!*|\
4z~bgp~Border*m+&|\
4z.4~bgp~~9260|\
50~ris~Intergraph|\
51~@2~|\
52~audit~`:^T SITP|\
53~ocbinder~|\
54~ocserver~|\
55~^Q-kis~|\
56~kis~#!+&|\
57~aci~Z,,YY5|\
58~mumps~Plus Five's MUMPS|\
59~qft~Queued=+Y6|\
5a~gacp~?c!0*g+&|\
5b~:w~[0Y7*d|\
5c~osu%d~OSU*i8f!.|\
5d~srmp~Spider!-8f+&|\
5e~irc~[!^H=G+&|\
5f~dn6<B-aud~DNSIX*i{5;+^T|\
5g~dn6-smm-red~DNSIX*z Mgt;+^T Redir|\
5h~dls~&c+/*d|\
5i~dls$l~&c+/*d*q|\
5j~smux~|\
5k~src~#6!.+38j|\
5l~at^8~+=*t Maintenance|\
5m~at-nbp~+==4]M|\
5n~at-3~+=;.|\
5o~at>i~+=@A|\
5p~at-5~+=;.|\
5q~at-zis~+=@aZ`|\
5r~at-7~+=;.|\
5s~at-#)~+=;.|\
5t~qmtp~#C Quick=<+*+&|\
5u~z39-50~<Q #.39.50=%+(=#=$!+*f= #3 aZ^$B #$z39.50#$.|\
5u~z39.50~<Q #.39.50|\
5v~<O-g~TexasZu@7/G+@=%+(=#=$!+*f= #3 aZ^$B #$<O/g#$.|\
5v~<O/g~TexasZu@7/G+@|\
5w~%H~ATEXSSTR|\
5x~ipx~|\
5y~vmpwscs~|\
5z~softpc~InsigniaYA|\
60~CAIlic~[h8r Int'l*h!*|\
61~dbase~dBASE@^|\
62~mpp~Netix*j Posting+&|\
63~uarps~`: ARPs|\
64~imap3~Z/=<!0+& v3|\
65~fln-spx~:: rlogind=E SPX@b|\
66~rsh-spx~:: rshd=E SPX@b|\
67~cdc~ZP,=!k|\
68~masqdialer~|\
6q~direct~|\
6r~sur-meas~}DZe|\
6s~inbusiness~|\
6t~link~|\
6u~dsp3270~?Z*n+&|\
6v~&*-tftp~SUBNTBCST_TFTP=%+(=#=$!+*f= #3 aZ^$B #$&*_<!#$.|\
6v~&*_<!~|\
6w~bhfhs~|\
74~$5~|\
75~set~^CZ!Zo|\
77~esro-gen~Efficient Short!-8l|\
78~openport~|\
79~nsiiops~IIOP=4*d=!$D/#8|\
7a~arcisdms~|\
7b~hdap~|\
7c~bgmp~|\
7d~x@y%>~|\
7e~sst~SCSI#D ST|\
7f~td[%~>w`H*d^V|\
7g~td:/~>w`H Replica|\
7h~manet~#! Protocols~5498|\
7i.2~gist~Q-mode,g$B GIST+x~5971|\
7j.1~pt$N~IETF*i+LZ0 (NEA) PostureY6+&=!$D (#!)~6876|\
7s~$g=-~|\
7t~:u=n~|\
7u~cableport-ax~|\
7v~rescap~|\
7w~corerjd~|\
7y~fxp~#!,Y|\
7z~k-block~|\
8c.1~tacacss~#Y!3{6=8+& (#!)~9887|\
8k~novastorbakcup~Novastor!6|\
8l~entrusttime~|\
8m~bhmds~|\
8n~asip+b~AppleShare#7 WebAdmin|\
8o~vslmp~|\
8p~magenta-logic~|\
8q~`}{s~|\
8r~dpsi~|\
8s~decauth~|\
8t~zannet~|\
8u~<o-timestamp~|\
8v~ptp^r~|\
8w~ptp-general~|\
8x~pip~|\
8y~rtsps~|\
8z.1~rpki<F~[1 PKI#4!S+&~6810|\
90.1~rpki<F$N~[1 PKI#4!S+&=!$D~6810|\
99~texar~Texar+.<z|\
9k~pdap~[0<}!0+&|\
9l~pawserv~Perf+T8/|\
9m~zserv~#.ebra!,|\
9n~fatserv~Fatmen!*|\
9o~csi-sgwp~Cabletron8c+&|\
9p~mftp~|\
9q~matip-type-a~~2351|\
9r~matip-type-b~~2351|\
9r~bhoetty~|\
9s~dtag-ste-sb~DTAG|\
9s~bhoedap4~|\
9t~ndsauth~|\
9u~bh611~|\
9v~datex-asn~|\
9w~*2$G-1~|\
9x~bhevent~|\
9y~shrinkwrap~|\
a0~scoi2odialog~|\
a1~semantix~|\
a2~srssend~|\
a3~%L!R~%p!>=%+(=#=$!+*f= #3 aZ^$B #$%L_` #$.|\
a3~%L_` ~|\
a4~`o-cmgr~|\
a5~dtk~|\
a6~odmr~|\
a7~mortgageware~|\
a8~qbikgdp~|\
a9~rpc2portmap~|\
aa~codaauth2~|\
ab~clearcase~|\
ac~ulistproc~ListProcessor|\
ad~}d-1~},Zd|\
ae~}d-2~},Zd|\
af~hassle~|\
ag~nip~Amiga Envoy*i Inquiry+&|\
ah~tnETOS~NECZd|\
ai~dsETOS~NECZd|\
aj~is99c~TIA/EIA/IS-99{Q!C|\
ak~is99s~TIA/EIA/IS-99{Q!,|\
al~hp-collector~hpZz=( collector|\
am~hp-managed^1~hpZz=( managed@g|\
an~hp`Y$d~hpZz=( alarm[.|\
ao~arns~A!-*i!*!.|\
ap~#=$v~#6Z_|\
aq~asa~#!*j!S!; Def.|\
ar~aurp~Appletalk!G-Based*t%6.|\
as~unidata-ldm~|\
at~%J~LightweightY7!0+&|\
au~uis~|\
av~+ ^t~&t>W^H<z|\
aw~+ !b~&t<z!=<z|\
ax~meta5~|\
ay~embl-ndt~EMBL Nucleic<}+*|\
az~netcp~NetScout*g+&|\
b0~*N#>~^w Netware=!#7|\
b1~mptn~Multi+&`R.$W.|\
b2~kryptolan~|\
b3.1~#i>o-c2~ISOY6`G 2%W[8=!$I|\
b3.2~#i>o-c2~ISOY6`G 2%W[8=!$L|\
b4~osb-sd~^B!3!6|\
b5~ups~Uninterruptible`L?.|\
b6~genie~Genie+&|\
b7~decap~|\
b8~nced~|\
b9~ncld~|\
ba~imsp~Z/=<])+&|\
bb~[X~|\
bc~prm$@~[0+3*e%X.%V.|\
bd~prm-nm~[0+3*e=g%V.|\
be~decladebug~DECLadebug!-^[+&|\
bf~rmt~^? MT+&|\
bg~synoptics=D~Trap Convention<z|\
bh~smsp~;g8c+)+&|\
bi~infoseek~|\
bj~bnet~|\
bk~silverplatter~|\
bl~onmux~|\
bm~hyper-g~|\
bn~ariel1~|\
bo~smpte~|\
bp~ariel2~|\
bq~ariel3~|\
br~opc-job-start~#68l&?$C*g`P|\
bs~opc-job-track~#68l&?$C*g Track|\
bt~icad-el~ICAD|\
bu~smartsdp~|\
bv~svrloc~^N+/|\
bw~$ -cmu~OCS_CMU=%+(=#=$!+*f= #3 aZ^$B #$$ _cmu#$.|\
bw~$ _cmu~|\
bx~$ -amu~OCS_AMU=%+(=#=$!+*f= #3 aZ^$B #$$ _amu#$.|\
bx~$ _amu~|\
by~utmpsd~|\
bz~utmpcd~|\
c0~iasd~|\
c1~nnsp~NNTP$B transit:! (#!)~3977|\
c2~mobileip^>~|\
c3~mobilip-mn~|\
c4~dna-cml~|\
c5~comscm~|\
c6~dsfgw~|\
c7~dasp~|\
c8~sgcp~|\
c9~decvms-sysmgt~|\
ca~$0-hostd~$0_@%=%+(=#=$!+*f= #3 aZ^$B #$$0_@%#$.|\
ca~$0_@%~|\
cb~@&~$g+'=!$D/#8~9110|\
cb.4~@&~~9260|\
cc~snpp~^E*i;R+&~1568|\
cd~&(#F~|\
ce~ddm-rdb~DDM?@ Relational+,!0|\
cf~ddm-dfm~DDM-Distributed=+8c|\
cg~ddm$F~DDM?@#n!0 Using!3]k|\
ch~as-servermap~AS!*;P|\
ci~tserver~[h Supported Telecomunication,C|\
cj~sfs<H$G~<R*i Semaphore!,|\
ck~sfs!H~<R SFS?4!,|\
cl~,l~|\
cm~,V~|\
cn~,k~|\
co.1~macon$M~|\
co.2~macon$J~|\
cp~scohelp~|\
cq~appleqtc~>B quick@m|\
cr~<_-rcmd~|\
cs~skronk~|\
ct~datasurfsrv~DataRampSrv|\
cu~datasurfsrvsec~DataRampSrvSec|\
cv~alpes~|\
cw~kpasswd~|\
cx.1~urd~URL8qY7$B SSM|\
cx.1~submissions~!MZ@=!$D+'~8314|\
cx.2~igmpv3lite~IGMP=!$L$B SSM|\
cy~*8-vrc~|\
cz~mylex-mapd~|\
d0~photuris~proturis|\
d1~rcp~Radio*g+&|\
d2~scx^M~|\
d3~mondex~|\
d4~ljk`_~|\
d5~}`-pop~|\
d6.1~tn#c-w1~|\
d6.2~tn#c-w2~|\
d7~tcpnethaspsrv~|\
d8~tn#c-fd1~|\
d9~ss7ns~|\
da~spsc~|\
db~iafserver~|\
dc~iafdbase~|\
dd~ph~Ph*f|\
de~bgs-nsi~|\
df~ulpnet~|\
dg~integra-sme~Integra++8cZh|\
dh~powerburst~$+ Soft`L Burst|\
di~avian~|\
dj~saft~# ?+ Asynchronous=++*|\
dk~gss=,~|\
dl~nest+B~|\
dm~micom-pfs~|\
dn~go`_~|\
do~ticf-1~+e,%Zs$B FNA|\
dp~ticf-2~+e,%Zs$B FNA|\
dq~pov-ray~|\
dr~intecourier~|\
ds~pim-rp='~|\
dt~retrospect~Retrospect!s$C restore*f|\
du~siam~|\
dv~#i-ill~ISO ILL+&|\
dw~isakmp~|\
dx~stmf~|\
dy~mbap~}0Z_+&|\
dz~intrinsa~|\
e0~citadel~|\
e1~*J#2~|\
e2~ohimsrv~|\
e3~crs~|\
e4~xvttp~|\
e5~snare~|\
e6~#^~FirstClass+&|\
e7~}k~|\
e8.1~exec~^Q[7 execution#+,rYh^J passwords$C UNIX`U{R|\
e8.2~comsat~|\
e8.2~biff~used#Q>Y!?#4?9 users#5 new>Y received#+ currently receives+x only>+ processes#D$O same[?|\
e9.1~login~^Q`U a la?>#+81,rYh`(#D priviledged=& numbers$CZp=({M{Y identify #$authentication domains#$|\
e9.2~who~maintains=({M showing who's logged#A#4+w#D a`T net$C$O load average#5$O[?|\
ea.1~shell~cmd like exec#(<181,r#@Yh#3$B`U!,|\
ea.2~^}~~5426|\
eb~;H~spooler|\
ec~videotex~|\
ed~talk~like tenex>,#(<1 across[? - unfortunately#( doesn't%]>,+' (this#@ actually just aZI=&>+{Y a%[8}#@ established)|\
ee~ntalk~|\
ef~utime~unixtime|\
eg.1~efs~extended=9= !,|\
eg.2~router~local]4[7 (on@k)#+ uses variant#5 Xerox NS]4Zy+' - RIP|\
eh~ripng~|\
ei~ulp~|\
ej~#=-db2~|\
ek~ncp~|\
el~timed~timeserver|\
em~tempo~newdate|\
en~stx~Stock&6|\
eo~custix~:A&6|\
ep~irc=_~|\
eq~courier~rpc|\
er~conference~chat|\
es~netnews~readnews|\
et~netwall~for emergency broadcasts|\
eu~windream~# ^@|\
ev~iiop~|\
ew~`}-rdv~|\
ex~nmsp~Networked^WY@+&|\
ey~gdomap~|\
ez~apertus-ldp~Apertus,G>R Determination|\
f0~<x~# d|\
f1~<x-rlogin~|\
f2~commerce~|\
f3~klogin~|\
f4~kshell~krcmd|\
f5~appleqtcsrvr~|\
f6.1~`=!<~|\
f6.2~`=!<~~9915|\
f7.1~`=!/~~5460|\
f7.2~`=!/~~9915|\
f8~afpovertcp~|\
f9~idfp~|\
fa~new-rwho~new-who|\
fb~cybercash~~1898|\
fc~devshr-nts~DeviceShare|\
fd~pirp~|\
fe~rtsp~%-==Y@+& (#!)|\
ff~dsf~|\
fg~remotefs~rfs!,|\
fh~openvms-sysipc~|\
fi~sdnskmp~|\
fj~teedtap~|\
fk~[{~# d|\
fl~;p~|\
fm~chshell~chcmd|\
fn~nntps~nntp+'=!$D/#8 (was snntp)~4642|\
fo~9pfs~plan 9=9*f|\
fp~whoami~|\
fq~streettalk~|\
fr~`r$x~|\
fs~ms-shuttle~&( shuttle|\
ft~ms-rome~&( rome|\
fu~meter~demon|\
fv~meter~udemon|\
fw~sonar~|\
fx~`r-vip~|\
fy~#h^>~FTP++^=!.|\
fz~vemmi~|\
g0~ipcd~|\
g1~vnas~|\
g2~ipdd~|\
g3~decbsrv~|\
g4~sntp-heartbeat~|\
g5~bdp~BundleY4+&|\
g6~scc-security~|\
g7~philips-vc~Philips^O-Conferencing|\
g8~keyserver~|\
ga~password-chg~[p;J|\
gb~submission~!MZ@~6409|\
gc~cal~|\
gd~eyelink~|\
ge~tns-cml~|\
gf~$g$u~+G#($Q. -=.YK (see<z #)0)|\
gg~eudora-set~|\
gh~$g$x`]~|\
gi~tpip~|\
gj~cab+B~|\
gk~smsd~|\
gl~ptcnameservice~|\
gm~#k-websrvrmg3~SCO$E!**e 3|\
gn~#v~Aeolon>K+&|\
go~ipcserver~#:$t!,|\
gp~^}>f~[Q Syslog*d~3195|\
gq~xmlrpc>b~XML-RPC=!>J~3529|\
gr~idxp~~4767|\
gs~` ~~3620|\
gt~soap>b~SOAP=!>J~4227|\
gu~urm~<R],+3*e|\
gv~nqs~|\
gw~sift-uft~Sender-Initiated/Unsolicited=++*|\
gx~%y=D~|\
gy~%y`/~|\
gz~%y%?~|\
h0~hmmp-ind~HMMP Indication|\
h1~hmmp-op~HMMP Operation|\
h2~sshell~SSLshell|\
h3~#k-inetmgr~[!,Z*e|\
h4~#k-sysmgr~SCO!.,n!*|\
h5~#k-dtmgr~SCO[(,n!*|\
h6~dei-icda~|\
h7~`<-evm~|\
h8~#k-websrvrmgr~SCO8.*e|\
h9~escp#>~ESCP|\
ha~collaborator~|\
hb.1~oob#u=,~<S%Z$)>a$c+48g+'|\
hb.2~asf^7~ASF!-8c$C*g+&|\
hc~cryptoadmin~|\
hd~#x-dlm~DEC DLM=%+(=#=$!+*f= #3 aZ^$B #$#x_dlm#$.|\
hd~#x_dlm~|\
he~asia~|\
hf~}k-tivoli~|\
hg~qmqp~|\
hh~%,-amp3~|\
hi~rda~|\
hj~ipp~#! ([!+?+&)~8011|\
hj.1~ipps~[!+?+&=!^K~8011|\
hk~bmpp~|\
hl~servstat~!:!F;1 (Sterling++)|\
hm~ginad~|\
hn~rlzdbase~|\
ho~ldaps~%J+'=!$D/#8 (was sldap)|\
hp~lanserver~|\
hq~mcns$T~|\
hr~msdp~|\
hs~; -sps~|\
ht~repcmd~|\
hu~esro-emsdp~#! V1.3|\
hv~sanity~|\
hw~dwr~|\
hx~pssc~|\
hy~ldp~|\
hz.1~<b&V~~8156|\
hz.2~<b&V~|\
i0~rrp~:P Registrar+& (#!)|\
i1~cadview-3d~Cadview-3d - streaming 3d models=!$O internet|\
i2~obex~|\
i3~<i-mms~|\
i4~hello<{~|\
i5~repscmd~RepCmd|\
i6~aodv~|\
i7~tinc~|\
i8~spmp~|\
i9~rmc~|\
ia~tenfold~|\
ic~mac=N^A~MacOS!*^@|\
id~hap~|\
ie~pftp~|\
if~purenoise~|\
ig.1~oob#u^G~<S%Z$)>a!9$c+48g+'|\
ig.2~asf!c^7~ASF!3!-8c$C*g+&|\
ih~#9-dr~|\
ii~mdqs~|\
ii~doom~#  Id++|\
ij~disclose~campaign contribution disclosures - SDR,G|\
ik~mecomm~|\
il~meregister~|\
im~! -sws~|\
in~! $v~|\
io~vpps-qua~|\
ip~cimplex~|\
iq~acap~|\
ir~dctp~|\
is~vpps<K~|\
it~vpp~!E Presence+&|\
iu~ggf-ncp~GNUZ9Z7 NCP|\
iv~mrm~|\
iw~; -aaas~|\
ix~; -aams~|\
iy~xfr~|\
iz~corba=M~|\
j0~corba=M$F~|\
j1~mdcZN~|\
j2~hcp-wismar~[k*g+& Wismar|\
j3~asipregistry~|\
j4~realm-rusd~ApplianceWare85+'|\
j5~nmap~|\
j6~vatp~VelneoZ_+*+&|\
j7~msexch]:~MS+0*t|\
j8~hyperwave-isp~|\
j9~connendp~almanid8e+L|\
ja~ha[A~|\
jb~<i-mms$F~|\
jc~rushd~|\
jd~uuidgen~|\
je~olsr~|\
jf~accessnetwork~|\
jg.1~epp~Yn,F+&~5734|\
jg.2~epp~#! running=!>'~5734^RFC-ietf-regext-epp-quic-12|\
jh~lmp~Link8c+& (#!)~4204|\
ji~%v>b~<U=!>J~3983|\
jk~elcsd~errlog>*/^I!O|\
jl~agentx~|\
jm~silc~|\
jn~borland-dsj~|\
jp~; -kmsh~?`%48c*d[F|\
jq~; -ash~?`,n*d[F|\
jr~=*-tdp~|\
js~tbrpf~~3684|\
jt~%v-xpc~<U=! XPC|\
ju~%v-xpcs~<U=! XPCS~4992|\
jv~%v-lwz~~4993|\
jw.2~pana~#!+N~5191|\
k9~netviewdm1~#6]##P/<N!*/^u|\
ka~netviewdm2~#6]##P/<N=l/tcp|\
kb~netviewdm3~#6]##P/<N receive/tcp|\
kl~netgw~|\
km~netrcs~!2`( Rev.@=.%X.|\
ko~flexlm~Flexible*h*e|\
kr~;#%'~!A!4*g|\
ks~ris#q~Russell>O Sci&.*e|\
kt~[U%_~[U,v|\
ku.1~rfile~|\
ku.2~loadav~|\
ku.2~[U-iv~[U:& iv|\
kv~pump~|\
kw~qrh~|\
kx~rrh~|\
ky~tell~send|\
l2~nlogin~|\
l3~con~|\
l4~ns~|\
l5~rxe~|\
l6~quotad~|\
l7~cycleserv~|\
l8~omserv~|\
l9~webster~|\
lb~phonebook~phone|\
ld~vid~|\
le~cadlock~|\
lf~rtip~|\
lg~cycleserv2~|\
lh.1~submit~|\
lh.2~`C~|\
li.1~rpasswd~|\
li.2~!h-dbd~%m+(=#=$!+*f= #3 aZ^$B #$!h_dbd#$.|\
li.2~!h_dbd~|\
lj.1~entomb~|\
lj.2~!h-transd~%m+(=#=$!+*f= #3 aZ^$B #$!h_}z#$.|\
lj.2~!h_}z~|\
lk~wpages~|\
ll~multiling=,~|\
lo~wpgs~|\
m8~<j;3~%m+(=#=$!+*f= #3 aZ^$B #$<j_}V#$.|\
m8~<j_}V~|\
m9~}W~|\
ma~mbap-s~}0Z_+&!3|\
mi.1~#^$J~FCP|\
mi.2~#^$J~FCP+D|\
n0~itm{j-s~|\
n1~<o-3-ca-ra~|\
n2~;F%i~;@=!%9~6242|\
nj~<b-failover2~|\
nk~gdoi~~3547|\
np.1~`v-s~DNS^p+z+'<4=!$D~7858|\
np.2~`v-s~DNS^p+z+'<4=!=7 or>'~7858^8094^9250|\
nq~dlep~![=1+0+& (#!)~8175|\
nw~iscsi~~7143|\
nx.1~owamp*l~~4656|\
nx.2~owamp=q~~8545|\
ny.1~twamp*l~~5357|\
ny.2~twamp=q~TWAMP@s&B<z~8545|\
o9~rsync~|\
om~;E-locate~ICL+u locate!,|\
on~;E-svinfo~ICL+u!,=j=%+(=#=$!+*f= #3 aZ^$B #$;E_}v#$.|\
on~;E_}v~ICL+u!,=j|\
oo~accessbuilder~|\
oo.1~cddbp~CD+,+&|\
p0~omginitialrefs~|\
p1~smpnameres~|\
p2.1~[w^ ~%}Zq!q=}|\
p2.2~[w^ ~%}Zq=}#*=l@4$B=j|\
p3.1~[w{n~%}Zq!q{;=}|\
p3.2~[w{n~%}Zq{;=}#*=l@4$B=j|\
pa~kink~Kerberized+6Zv#5@J (#!)~4430|\
pb~xact!v~|\
pc~apex-mesh~APEX`*^t*f|\
pd~apex>j~APEX+v^t*f~3340|\
pe.2~rift-lies~?}#A Fat{G=1Z`[E~9692|\
pf.2~rift-ties~?}#A Fat{G TopologyZ`[E~9692|\
qh.1~rndc~BIND9!D= !OZ)|\
rh~ftps=)~#h+'#(=(#(=!$D/#8|\
ri~ftps~#h+'#(*k#(=!$D/#8|\
rj~nas~Netnews,n!.~4707|\
rk~telnets~}x+'=!$D/#8|\
rl.1~imaps~IMAP=!$D+'~3501^8314^9051|\
rn.1~pop3s~POP3=!$D+'~8314|\
rn.2~pop3s~pop3+'=!$D/#8 (was spop3)|\
ro~vsinet~|\
rp~maitrd~|\
rq.1~busboy~|\
rq.2~puparp~|\
rr.1~garcon~|\
rr.2~applix~Applix ac|\
rr~puprouter~|\
rs~cadlock2~|\
rt.1~webpush~$p$E=X~8030|\
s0.2~~Possibly=5#Q Sun]l#,#,#,#,|\
s2~surf~|\
sd.f~exp1~?z{tZ6 1~4727^6335|\
se.f~exp2~?z{tZ6 2~4727^6335|\
sh~blackjack~network blackjack|\
si~cap~Calendar!0+&|\
sj.2~6a44~IPv6 Behind NAT44 CPEs~6751|\
sl~solid%)~Solid Mux!*|\
sp~netinfo`/~local netinfo=&|\
sq~activesync~ActiveSync Notifications|\
sr~mxxrlogin~MX-XR$V|\
ss~nsstp~Nebula!3 Segment+*+&|\
st~ams~|\
su~mtqp~!M+< Query+&~3887|\
sv~sbl~Streamlined Blackhole|\
sw~netarx~Netarx Netcare|\
sx~danf-ak2~AK2[H|\
sy~afrog~Subnet]&|\
sz~boinc!<~BOINC!1*g|\
t0~dcutility~Dev Consortium].|\
t1~fpitp~Fingerprint^b+*+&|\
t2~wfremotertm~WebFilter!-*q|\
t3~neod1~#:'s NEO!;[ !=|\
t4~neod2~#:'s NEO!;[ !=|\
t5~td-postman~>w`H Postman VPMN|\
t6~cma~CORBA8c^=|\
t7~optima-vnet~|\
t8~ddt~![%!`&|\
t9~^Q#L~^?YQ (RA)|\
ta~brvread~|\
tb~ansyslmd~>p -*h*e|\
tc~vfo~|\
td~startron~|\
te~nim~|\
tf~nimreg~|\
tg~polestar~|\
th~kiosk~|\
ti~veracity~|\
tj~kyoceranetdev~|\
tk~jstel~|\
tl~syscomlan~|\
tm~fpo-fns~|\
tn~=e-boots~ZrYD`%.@W.=%+(=#=$!+*f= #3 aZ^$B #$=e_boots#$.|\
tn~=e_boots~ZrYD`%.@W.|\
to~=e-bootc~ZrYD`%. Cli.=%+(=#=$!+*f= #3 aZ^$B #$=e_bootc#$.|\
to~=e_bootc~ZrYD`%. Cli.|\
tp~}S:*~|\
tq~gmrupdateserv~|\
tr~bsquare-voip~|\
ts~cardax~|\
tt~bridgecontrol~|\
tu~warmspotMgmt~Warmspot8c+&|\
tv~rdrmshc~|\
tw~dab-sti-c~|\
tx~imgames~|\
ty~*,^M~!y^F+&|\
tz~asprovatalk~|\
u0~socks~|\
u1~pvuniwien~|\
u2~#[-esd>5~|\
u3~}M#2-1~?Q*h*e|\
u4~}M#2-2~?Q*h*e|\
u5~webobjects~|\
u6~Z}-lg~CPLYb[b|\
u7~Z}#R~CPLYb+X|\
u8~Z}-al~CPLYb^i%#|\
u9~ff-annunc~FF Annunciation|\
ua~ff-fms~FF Fieldbus*j,a|\
ub~ff$@~FF!.8c|\
uc~obrpd~$[+CYN+&|\
ud~proofd~|\
ue~rootd~|\
uf~nicelink~|\
ug~cnrprotocol~`f=48{+&|\
uh~sunclustermgr~#:*s*e|\
ui~rmiactivation~|\
uj~rmiregistry~|\
uk~mctp~|\
ul~pt2+`~|\
um~8v-1~|\
un~8v-2~|\
uo~xrl~|\
up~ftranhc~|\
uq~,:-1~|\
ur~,:-2~|\
us~ratio-adp~|\
uu.1~webadmstart~Start$c`'!,|\
uu.2~nfsd-keepalive~^u!X=j|\
uv~lmsocialserver~|\
uw~icp~Intelligent,Y+&|\
ux.1~ltpYj~&#,?+&~5326|\
ux.2~ltpYj~&#,?+&~5326^7122|\
ux.8~ltpYj~&#,?+&~7122|\
uy~mini<I~|\
uz~>y-trns~=s+*|\
v0~>y>e~=s*g|\
v1~>y-mtrns~=sY<+*|\
v2~sacred~~3767|\
v3~bnetgame~} .#K=G/%D+&|\
v4~bnetfile~} .#K=++*+&|\
v5~rmpp~Datalode RMPP|\
v6~availant$d~|\
v7~murray~|\
v8~hpvmmcontrol~|\
v9~hpvmmagent~|\
va~hpvmmdata~HP VMM^=|\
vb~kwdb-commn~KWDB!-,Y|\
vc~saphostctrl~,j=!=K/$p|\
vd~saphostctrls~,j=!=K/>r|\
ve~casp~CAC$R*d+&|\
vf~caspssl~CAC$R*d+& Encripted|\
vg~kvm<K#>~KVM<K#p8c*d|\
vh~dfn~$Z>M*i|\
vi~aplx~MicroAPL APLX|\
vj~omnivision~8I,Y*d|\
vk~hhb[)~HHB*m*g|\
vl~<w~#! Workgroup*d|\
vm~+J^A~+J`'+y=%+(=#=$!+*f= #3 aZ^$B #$+J_admin#$.|\
vm~+J_admin~+J`'+y|\
vn~evm~YB*r*e|\
vo~autonoc~AutoNOC*i8l+&|\
vp~mxomss~<[*j*d|\
vq~edtools~<[Y4*d|\
vr~imyx~Infomatryx+0|\
vs~fuscript~});-|\
vt~x9-icue~X9 iCue Show*g|\
vu~audit-transfer~|\
vv~capioverlan~|\
vw~elfiq^6~ElfiqZb*d|\
vx~bvtsonar~BlueView Sonar*d|\
vy~blaze~Blaze=+!*|\
vz~unizensus~Unizensus{6!*|\
w0~winpoplanmess~Winpopup$bYT|\
w1~c1222-acse~<Q C12.22<z~6142|\
w2~resacommunity~&a*d|\
w3~nfa~!2=+!0|\
w4~8V%e~|\
w5~8V~^B iASControl|\
w6~+h%e~|\
w7~^P%e~|\
w8~olsv~DB Lite Mult>`!*|\
w9~}_-polling~|\
wa~}_=D~|\
wb~sddp~SmartDialer<}+&|\
wc~qsm^M~QSM^F*d|\
wd~qsm%?~QSM<**d|\
we~qsm!@~QSM RemoteExec|\
wf.7~=*-ipsla~=3#7 SLAs*g+&|\
wg~vchat~VChatZ *d|\
wh~tripwire~|\
wi~atc#2~AT#'C*h*e|\
wj~atcYW~AT#'C FmiApplicationServer|\
wk~dnap~DNA+&|\
wl~d?C-rrp~D-Cinema[ -Response|\
wm~fnet!@-ui~FlashNet!-^@|\
wn~dossier~Dossier!*|\
wo~`x!/~Indigo> !*|\
wp~dkmessenger~DKMessenger+&|\
wq~#l-storman~SGI*w*e|\
wr~b2n~`d To Neighbor|\
ws~mc!<~&$!1^F|\
wt~3comnetman~%A$W8c|\
wu.1~&y~AcceleNet*g|\
wu.2~&y=)~|\
wv~:p=,~|\
ww~:p^G~|\
wx~catchpole~Catchpole=&|\
wy~=y[A~=u*s*e|\
wz~alias~Alias*d|\
x0~hp+b~|\
x1~unet~Unet8e|\
x2~commlinx-avl~:?%R / AVL!.|\
x3~gpfs~?d+q=+!.|\
x4~caids-sensor~caids sensors[,|\
x5~fiveacross~Five;u!*|\
x6~openvpn~|\
x7~rsf-1~#!ZE|\
x8~netmagic~!2 Magic|\
x9~carrius-rshell~Carrius!-!0|\
xa~cajoY;~cajo referenceY9|\
xb~dmidi~|\
xc~scol~|\
xd~*P-sand~Nucleus Sand+,!*|\
xe~caiccipc~|\
xf~ssslic$d~?mZ'|\
xg~ssslog$d~Log[ +:|\
xh~accord-mgc~|\
xi~anthony=)~|\
xj~metasage~|\
xk~seagull-ais~|\
xl~ipcd3~|\
xm~eoss~|\
xn~}]-dpp~|\
xo~lupa~|\
xp~mpc-lifenet~Medtronic/Physio[8 LIFENET|\
xq~kazaa~|\
xr~scanstat-1~scanSTAT 1.0|\
xs~etebac5~|\
xt~hpss-ndapi~HPSS NonDCE*m|\
xu~8O-ads~|\
xv~8O-ret~|\
xw~qt-serveradmin~|\
xx~sweetware-apps~|\
xy~nerv~SNI R#%D*o|\
xz~tgp~TrulyGlobal+&|\
y0~vpnz~|\
y1~slinkysearch~|\
y2~stgxfws~|\
y3~dns2go~|\
y4~florence~|\
y5~zented~#.ENworks TieredZ!,=|\
y6~periscope~|\
y7~YC-lpm~|\
y8~first-defense~^?[K8o|\
y9~univYW~+I$R!*|\
ya~}s^>~Infoseek!W^=|\
yb~mosaicsyssvc1~|\
yc~bvcontrol~|\
yd~tsdos390~|\
ye~$f-qs~|\
yf~nmsd~|\
yg~instantia~|\
yh~nessus~|\
yi~nmasoverip~|\
yj~serialgateway~|\
yk~isbconference1~|\
yl~isbconference2~|\
ym~payrouter~|\
yn~visionpyramid~|\
yo~hermes~|\
yp~mesavistaco~|\
yq~swldy-sias~|\
yr~servergraph~|\
ys~bspne-pcc~|\
yt~q55-pcc~|\
yu~de-noc~|\
yv~de{a{q~|\
yw~de!/~|\
yx~shockwave2~|\
yy~}j~$[*i[$|\
yz~}j-voice~$[*i[${K|\
z0~#=-ssd~|\
z1~mpshrsv~|\
z2~qnts-orb~|\
z3~dka~|\
z4~prat~|\
z5~dssiapi~|\
z6~dellpwrappks~|\
z7~epc~eTrust!o Compliance|\
z8~propel-msgsys~|\
z9~watilapp~|\
za~opsmgr~+-8l*e|\
zb~excw~|\
zc~cspmlockmgr~|\
zd~#z[)~|\
ze~t1distproc~|\
zf~ivcollector~|\
zh~miva-mqs~mqs|\
zi~,7-1~|\
zj~,7-2~|\
zk~pictrography~|\
zl~healthd~|\
zm~emperion~|\
zn~productinfo~ProductZ`|\
zo~iee-qfx~|\
zp~neoiface~|\
zq~netuitive~|\
zr~routematch~RouteMatch Com|\
zs~navbuddy~|\
zt~jwalkserver~|\
zu~winjaserver~|\
zv~seagulllms~|\
zw~dsdn~|\
zx~pkt-krb-ipsec~|\
zy~cmmdriver~|\
zz~ehtp~End-by-Hop,?+&|\
100~dproxy~|\
101~sdproxy~|\
102~lpcp~|\
103~hp-sci~|\
104~h323hostcallsc~H.#d!3=2*g8u|\
107~sftsrv~|\
108~boomerang~|\
109~pe-mike~|\
10a~re>f{p~|\
10b~pacmand~|\
10c~odsi~?s!B*d,N (#!)|\
10d~jtag!/~|\
10e~husky~|\
10f~rxmon~|\
10g~sti-envision~|\
10h~#;-patroldb~#H_PATROLDB=%+(=#=$!+*f= #3 aZ^$B #$#;_:t#$.|\
10h~#;_:t~|\
10i~pdps~PhotoscriptZc+?!.|\
10j~els~E.L.S.#(^D+:*d|\
10k~exbit^#~|\
10l~%M-ipcserver~|\
10m~krb5gatekeeper~|\
10n~$.-icsp~|\
10o~$.-axbnet~|\
10p~pip~|\
10q~novation~|\
10r~brcd~|\
10s~delta-mcp~|\
10t~dx-instrument~Thermo Fisher Scientific Instrumentation (Formally Dionex)|\
10u~wimsic~|\
10v~ultrex~|\
10w~ewall~|\
10x~netdb-export~|\
10y~streetperfect~|\
10z~intersan~|\
110~pcia-rxp-b~|\
111~passwrd;8~[p!o|\
112~writesrv~|\
113~*8-notary~!Z Notary+&|\
114~ischat~;c*d=G|\
115~YC<:~|\
116~wmc<?$e~WMC<?$m|\
117~kjtsiteserver~|\
118~naap~|\
119~qubes~|\
11a~esbroker~|\
11b~re101~|\
11c~icap~|\
11d~vpjp~|\
11e~alta-ana#2~AltaYv*h*e|\
11f~bbn-mmc~multi^c,R|\
11g~bbn-mmx~multi^c,R|\
11h~sbook~Z{*i+&|\
11i~editbench~Z{*i+&|\
11j~equationbuilder~!Z@[ Works ($-)|\
11k~lotusnote~|\
11l~relief~ReliefZ2|\
11m~XSIP[M~Five;u XSIP*i|\
11n~intuitive>j~|\
11o~cuillamartin~CuillaMartin[^|\
11p~pegboard~Electronic PegBoard|\
11q~connlcli~|\
11r~ftsrv~|\
11s~mimer~|\
11t~linx~|\
11u~timeflies~|\
11v~ndm8>~!2Yz8)|\
11w~ndm!/~!2Yz!*|\
11x~adapt%h~!2++8r|\
11y~*N%=~^w NetWare=@*d+7|\
11z~dcs~|\
120~screencast~|\
121~gv-us~GlobalView#4@^`N|\
122~us-gv~Unix`N#4 GlobalView|\
123~fc%b~!A!P+&|\
124~fc-ser~!A!P+&|\
125~chromagrafx~|\
126~molly~EPI++*n|\
127~bytex~|\
128~#=-pps~#6?$#4?$++|\
129~cichlid~Cichlid*h*e|\
12a~elan~Elan*h*e|\
12b~dbreporter~IntegrityYA|\
12c~telesis!w~Telesis*i*h*e|\
12d~>B!w~=a*i*h*e|\
12e~#m-os~#m_os=%+(=#=$!+*f= #3 aZ^$B #$#m_os#$.|\
12e~#m_os~|\
12f~gwha~GW Hannaway*i*h*e|\
12g~os!w~&lYA*h*e|\
12h~<`=C~Atex8z*h*e=%+(=#=$!+*f= #3 aZ^$B #$<`_$_#$.|\
12h~<`_$_~Atex8z*h*e|\
12i~checksum~CheckSum*h*e|\
12j~cadsi#2~[h Aided;(++$Q#o|\
12k~objective-dbc~&lYA DataBase{,|\
12l~=S-dm~[j*e|\
12m~=S-sc~;g8j|\
12n~=S-sas~;g!0!*|\
12o~=S#t~Print*e|\
12p~=S-nls~!2%#!*|\
12q~=S-nlc~!2%#!1|\
12r~=S-wsm~PCZl*e+_|\
12s~dvl-activemail~|\
12t~audio8:~>:;v=<|\
12u~video8:~Video;v=<|\
12v~}P!w~}$*h*e|\
12w~}P-tablet~}$ Tablet!5|\
12x~goldleaf!w~Goldleaf*h*e|\
12y~prm$@$(~[0+3*e|\
12z~prm-nm$(~[0+3*e|\
130~igi#2~Infinite+o*h*e|\
131~#=-res~#6!-YF Starter|\
132~netlabs#2~NetLabs*h*e|\
133.1~tibet!/~TIBET<}!*|\
134~sophia#2~Sophia*h*e|\
135~here#2~Here*h*e|\
136~hiq~HiQ*h*e|\
137~af~AudioFile|\
138~*D~|\
139~*D-acl~|\
13a~#=-mqseries~|\
13b~dbstar~|\
13c~^z<@-2~^w LU6.2=%+(=#=$!+*f= #3 aZ^$B #$^z<@.2#$.|\
13c~^z<@.2~|\
13d~[X-srv1~[u*d 1<z|\
13e~[X-srv2~[u*d 2<z|\
13f~[X-srv3~[u*d 3<z|\
13g~[X-srv4~[u*d 4<z|\
13h~gandalf#2~Gandalf*h*e|\
13i~:^#2~:8*h*e|\
13j~essbase~Essbase Arbor++|\
13k~}`~HybridZ4+&|\
13l~zion#2~#.ion++*h*e|\
13m~sais~+d=)Zj!. 1|\
13n~mloadd~# 8o>Z|\
13o~informatik#2~Informatik*h*e|\
13p~#}~:F<-|\
13q~tpdu~:F TPDU|\
13r~rgtp~Reverse GossipY6|\
13s~blueberry#2~Blueberry++*h*e|\
13t~ms<I-s~+--SQL!a|\
13u~ms<I-m~+--SQL-Monitor|\
13v~#=@z~|\
13w~saism~+d=)Zj!. 2|\
13x~tabula~|\
13y~@!!/~>q+.^=/^N|\
13z~@!-x25~>q X25/SNA*m|\
140~@!<G~>q*d+/+&|\
141~cadis-1~Cadis*h8c|\
142~cadis-2~Cadis*h8c|\
143~ies#2~YY,#++|\
144~marcam#2~Marcam*h8c|\
145~proxima#2~Proxima*h*e|\
146~ora#2~?s+[8r*h*e|\
147~apri#2~Applied+q+[#o|\
148~oc#2~OpenConnect*h*e|\
149~peport~|\
14a~dwf~TandemZc8/+V|\
14b~infoman~#6Z`8c|\
14c~gtegsc#2~GTE Government*n*h%V|\
14d~genie#2~Genie*h*e|\
14e~]D=C~:k*h*e=%+(=#=$!+*f= #3 aZ^$B #$]D_$_#$.|\
14e~]D_$_~:k*h*e|\
14f~esl#2~ESL*h*e|\
14g~dca~|\
14h~valisys#2~Valisys*h*e|\
14i~nrcabq#2~Nichols+[=H.|\
14j~proshare1~:M&=Z_|\
14k~proshare2~:M&=Z_|\
14l~#=-wrless<>~#6+P$b=%+(=#=$!+*f= #3 aZ^$B #$#=_!$_lan#$.|\
14l~#=_!$_lan~#6+P$b|\
14m~world#2~=Q*h*e|\
14n~*P~|\
14o~msl%@~MSL*h*e=%+(=#=$!+*f= #3 aZ^$B #$msl_lmd#$.|\
14o~msl_lmd~MSL*h*e|\
14p~pipes~Pipes+7|\
14q~oceansoft#2~Ocean++*h*e|\
14r~:d~|\
14s~csdm~|\
14t~aal#2~^`+T Limited*h*e|\
14u~uaiact~+IYv|\
14v~:d~|\
14w~csdm~|\
14x~openmath~|\
14y~telefinder~|\
14z~taligent#2~Taligent*h*e|\
150~clvm$k~|\
151~ms%h!/~|\
152~ms%h-base~|\
153~dberegister~|\
154~pacerforum~|\
155~airs~|\
156~miteksys#2~Miteksys*h*e|\
157~afs~#!*h*e|\
158~confluent~Confluent*h*e|\
159~lansource~|\
15a~#}-topo=_~#}_<v_<q=%+(=#=$!+*f= #3 aZ^$B #$#}_<v_<q#$.|\
15a~#}_<v_<q~|\
15b~localinfosrvr~|\
15c~docstor~|\
15d~dmdocbroker~|\
15e~insitu-conf~|\
15g~stone;^-1~|\
15h~`A#2~`A_lm=%+(=#=$!+*f= #3 aZ^$B #$`A_lm#$.|\
15h~`A_lm~|\
15i~ica~|\
15j~$0~|\
15k~liberty#2~|\
15l~rfx#2~|\
15m~sybase-sqlany~|\
15n~fhc~Federico Heinz Consultora|\
15o~vlsi#2~VLSI*h*e|\
15p~saiscm~+d=)Zj!. 3|\
15q~shivadiscovery~Shiva|\
15r~imtc-mcs~:B|\
15s~evb-elm~EVB++,#*h*e|\
15t~funkproxy~Funk++#($Q.|\
15u~utcd~+I==!O (# )|\
15v~symplex~|\
15w~diagmond~|\
15x~robcad#2~Robcad#(%U.*h*e|\
15y~mvx#2~Midland Valley Exploration%U. Lic.%V.|\
15z~3l-l1~|\
160~wins~+-'s[<+6=4*d|\
161~;#-dtc~!A*n+C#5[D#($Q|\
162~;#-dtcns~!A*n+C#5[D#($Q|\
163~ifor+B~|\
164~vpad~!E!n^j=(|\
165~vpac~!E!n^j*k|\
166~vpvd~!E!n^O=(|\
167~vpvc~!E!n^O*k|\
168~atm-zip;7~|\
169~ncube#2~nCube*h*e|\
16a~*Y#2~?{{9[D*h*e|\
16b~*0#2~*0|\
16c~ingreslock~}a|\
16d~orasrv~^P|\
16d~:w$(~[0Y7*d<3>4|\
16e~pdap$(~[0<}!0 Prot<3>4|\
16f~tlisrv~^P|\
16g.7~norp~Not@P a Routeing+&|\
16h~coauthor~^P|\
16i~$5[%~|\
16j~$5-listen~|\
16k~miroconnect~|\
16l~*c-places~!E!n++|\
16m~&'#2~|\
16n~<_^,~|\
16o~<_-inter~|\
16p~sdsc#2~isi#2|\
16q~3ds#2~|\
16r~intellistor#2~Intellistor*h*e|\
16s~rds~|\
16t~rds2~|\
16u~gridgen=C~|\
16v~simba#r~|\
16w~aspeclmd~|\
16x~vistium-share~|\
16y~abbaccuray~|\
16z~laplink~|\
170~axon#2~Axon*h*e|\
171.1~shivahose~|\
171.2~shivasound~|\
172~3m{h#2~Image*w[5[. 3M[^|\
173~hecmtl#B~|\
174~pciarray~|\
175~sna#r~|\
176~caci#2~CACI+r[^*h*e|\
177~livelan~|\
178~!U-pbx~!I[;;x+0=%+(=#=$!+*f= #3 aZ^$B #$!U_pbx#$.|\
178~!U_pbx~!I[;;x+0|\
179~arbortext#2~ArborText*h*e|\
17a~xingmpeg~|\
17b~web2host~|\
17c~asci-val~ASCI-RemoteSHADOW|\
17d~facilityview~|\
17e~pconnectmgr~|\
17f~cadabra#2~Cadabra*h*e|\
17g~pay-per-view~|\
17h~winddlb~WinDD|\
17i~corelvideo~|\
17j~jlicelmd~|\
17k~tsspmap~|\
17l~ets~|\
17m~orbixd~|\
17n~rdb-dbs-disp~^B!-<}=f|\
17o~chip#2~Chipcom*h*e|\
17p~itscomm#s~|\
17q~mvel#2~|\
17r~oraclenames~|\
17s~moldflow#2~Moldflow*h*e|\
17t~hypercube#2~|\
17u~jacobus#2~Jacobus*h*e|\
17v~ioc-sea#2~|\
17w.1~tn#c-r1~|\
17w.2~tn#c-r2~|\
17x~mil-2045-47001~|\
17y~msims~|\
17z~simbaexpress~|\
180~tn#c-fd2~|\
181~intv~|\
182~#=-abtact~|\
183~pra=C~pra_$_=%+(=#=$!+*f= #3 aZ^$B #$pra_$_#$.|\
183~pra_$_~|\
184~triquest#2~|\
185~vqp~|\
186~gemini#2~|\
187~<m#t~|\
188~commonspace~|\
189~mainsoft#2~|\
18a~sixtrak~|\
18b~>H~|\
18c.1~>H$@~|\
18c.2~>H-bc~|\
18d~orbplus=M~|\
18e~picknfs~|\
18f~simbaservices~|\
18g~issd~|\
18h~aas~|\
18i~inspect~|\
18j~picodbc~pickodbc|\
18k~icabrowser~|\
18l~slp~Yq*e (Yq+&)|\
18m~slm%`~Yq*e (#!)|\
18n~stt~|\
18o~@/#2~Smart=H.*h*e|\
18p~isysg#2~|\
18q~taurus-wh~|\
18r~ill~>=[$ Loan|\
18s~;$``~!}Zo!*|\
18t~;$-keyrep~!}%4Z&|\
18u~;$-cred~!} Credential!*|\
18v~;$=6~!},`!*|\
18w~;$^3~!}[H!*|\
18x~nimrod^>~Nimrod^k`+,Y|\
18y~skytelnet~|\
18z~xs-openstorage~|\
190~faxportwinport~|\
191~softdataphone~|\
192~ontime~|\
193~jaleosnd~|\
194~udp#S<{~|\
195~svs-omagent~|\
196~shockwave~|\
197~t12#)[)~|\
198~*I-norm~?o normal|\
199~*I-urgnt~?o urgent|\
19a~oraclenet#)cman~|\
19b~visitview~|\
19c~pammratc~|\
19d~pammrpc~|\
19e~loaprobe~Log On[D Probe|\
19f~edb:2~|\
19g~isdc~ISP;Z?;=(*k|\
19h~islc~ISP;Z`T=(*k|\
19i~ismc~ISP;Z8g*k|\
19j~cert-initiator~|\
19k~cert-responder~|\
19l~:l~|\
19m~%w-am~|\
19n~%w-ambc~|\
19o~saiseh~+d=)Zj!. 4|\
19p~sightline~|\
19q~sa%(<{~|\
19r~rsap~|\
19s~concurrent#2~|\
19t~kermit~|\
19u.1~nkd~# n|\
19u.2~nkd~|\
19v~>I-confsrvr~>I_]B=%+(=#=$!+*f= #3 aZ^$B #$>I_]B#$.|\
19v~>I_]B~|\
19w~xnmp~|\
19x~alphatech#2~|\
19y~stargatealerts~|\
19z~#x:-~|\
1a0~#x:--h~|\
1a1~;#-mmpdc~|\
1a2~sixnetudr~|\
1a3~sg#2~Silicon Grail*h*e|\
1a4~<r#W-gikreq~|\
1a5~!J$S-1~|\
1a6~!J$S-2~|\
1a7~!J$S-3~|\
1a8~!J$S-4~|\
1a9~!J$S-5~|\
1aa~!J$S-6~|\
1ab~!J$S-7~|\
1ac~!J$S-#)~|\
1ad~!J$S-9~|\
1ae~!J$S-10~|\
1af~!J$S-11~|\
1ag~!J$S-12~|\
1ah~[9#W-1~=P&@Y<|\
1ai~[9#W-2~=P&@Y<|\
1aj~pdp~Pacific<}+r|\
1ak.1~netcomm1~|\
1ak.2~netcomm2~|\
1al~groupwise~|\
1am~prolink~|\
1an~darcorp#2~|\
1ao~microcom-sbp~|\
1ap~sd=C~|\
1aq~lanyon-lantern~|\
1ar~<m-hip~|\
1as~snaresecure~|\
1at~n2nremote~|\
1au~cvmon~|\
1av~nsjtp=B~|\
1aw~nsjtp=)~|\
1ax~firefox~|\
1ay~ng-umds~|\
1az~empire-empuma~|\
1b0~sstsys#2~|\
1b1~rrirtr~|\
1b2~rrimwm~|\
1b3~rrilwm~|\
1b4~rrifmm~|\
1b5~rrisat~|\
1b6~%L`.-1~%p,h-1|\
1b7~%L`.-2~%p,h-2|\
1b8~mps^4~|\
1b9~l2f~|\
1b9~l2tp~|\
1ba~deskshare~|\
1bb~hb!Y~|\
1bc~bcs!b~|\
1bd~slingshot~|\
1be~jetform~|\
1bf~vdmplay~|\
1bg~gat%@~|\
1bh~centra~|\
1bi~impera~|\
1bj~pptconference~|\
1bk~registrar~[z8o*f|\
1bl~conferencetalk~|\
1bm~sesi#2~|\
1bn~houdini#2~|\
1bo~xmsg~|\
1bp~fj-hdnet~|\
1bq~h323gatedisc~H.#dY<Z8+l|\
1br~h323gatestat~H.#d]+Z8YI|\
1bs~,9~H.#d=2*g8u|\
1bs.4~,9~H.#d=2*g|\
1bt~caicci~|\
1bu~hks#2~HKS*h*e|\
1bv~pptp~~2637|\
1bw~csbphonemaster~|\
1bx~iden-ralp~|\
1by~iberiagames~|\
1bz~winddx~|\
1c0~telindus~|\
1c1~citynl~CityNL*h8c|\
1c2~roketz~|\
1c3~msiccp~|\
1c4~proxim~|\
1c5~siipat~SIMS - SIIPAT+&$B^i,?|\
1c6~cambertx#2~CamberZd*h8c|\
1c7~privatechat~|\
1c8~street?L~|\
1c9~ultimad~|\
1ca~gamegen1~|\
1cb~webaccess~|\
1cc~encore~|\
1cd~=*$G=-~|\
1ce~%A-nsd~|\
1cf~:a#2~Cinema+o*h*e|\
1cg~<m$=~|\
1ch~^Q-winsock~|\
1ci~*A-1~|\
1cj~*A-2~|\
1ck~^P-em1~|\
1cl~aspen+a~|\
1cm~sslp~^E;V[$'s PortMaster|\
1cn~swiftnet~|\
1co~lofr#2~Leap#5 Faith+[*h*e|\
1cp.1~predatar`[~Predatar Comms*d|\
1cq~^P-em2~|\
1cr~msYl~|\
1cs~capfast%@~|\
1ct~cnhrp~|\
1cu~<!-mcast~|\
1cv~spss#2~SPSS*h*e|\
1cw~$8^-$'~|\
1cx~#]-0~|\
1cy~#]-1~|\
1cz~#]-2~|\
1d0~#]-3~|\
1d1~#]-4~|\
1d2~#]-5~|\
1d3~#]-6~|\
1d4~#]-7~|\
1d5~#;$G%_~|\
1d6~#;$G$e~|\
1d7~vaultbase~|\
1d8~essweb$'~EssWeb*m|\
1d9~kmscontrol~|\
1da~`w-dtserv~|\
1db.1~vdab~$} interchange[= visualZH containers|\
1dc~femis~Federal Emergency8cZ`!.|\
1dd~powerguardian~|\
1de~*U-intrnet~*U-internet|\
1df~pharmasoft~|\
1dg~dpkeyserv~|\
1dh~answersoft#2~|\
1di~hp^*~|\
1dk~finle#2~Finle*h*e|\
1dl~windlm~Wind River*n*h*e|\
1dm~<d-logger~|\
1dn~<d]8~|\
1do~psmond~|\
1dp~hello~|\
1dq~nmsp~Narrative^WY@+&|\
1dr~ea1~|\
1ds~#=-dt-2~|\
1dt~rsc{s~|\
1du~cera-bcm~|\
1dv~dpi^M~|\
1dw~[Y^A~[T!*,n|\
1dx~uma~|\
1dy~etp~=t+*+&|\
1dz~netrisk~|\
1e0~ansys#2~>p-License[.|\
1e1~msmq~+-*j Que|\
1e2~concomp1~|\
1e3~hp^*-gwy~|\
1e4~enl~|\
1e5~enl-name~|\
1e6~musiconline~|\
1e7~fhsp~!A Hot]'+&|\
1e8~^P-vp2~|\
1e9~^P-vp1~|\
1ea~jerand#2~Jerand*h*e|\
1eb~]G-sdb~|\
1ec~{#~~2865|\
1ed~{#-acct~}:8w~2866|\
1ee~tdp{u~|\
1ef~mmpft~,KY:+'$B]y transmission|\
1eg~harp~|\
1eh~rkb-oscs~|\
1ei~etftp~Enhanced Trivial=++*+&|\
1ej~plato#2~Plato*h*e|\
1ek~mcagent~|\
1el~donnyworld~|\
1em~es=C~|\
1en~}}#2~`: Natural+Y*h*e|\
1eo~metrics%*~|\
1ep~;m`3~|\
1eq~ardt~|\
1er~asi~|\
1es~itm{j-u~|\
1et~optika-emedia~|\
1eu~net#)-cman~^B Net#) CMan^@|\
1ev~myrtle~|\
1ew~tht-treasure~ThoughtTreasure|\
1ex~udpradio~|\
1ey~ardusuni~=s]+|\
1ez~ardusmul~=sY<|\
1f0~ste-smsc~|\
1f1~csoft1~|\
1f2~talnet~|\
1f3~;%-vo1~|\
1f4~;%-vo2~|\
1f5~;%-vo3~|\
1f6~;%-vo4~|\
1f7~;%-vo5~|\
1f8~;m-dll~|\
1f9~altalink~|\
1fa~+#-pnc~|\
1fb~slp;6~SLP,<~3082|\
1fc~fjdocdist~|\
1fd~alpha%g~|\
1fe~gsi~|\
1ff~ctcd~|\
1fg~*c=`~|\
1fh~vids-avtp~|\
1fi~buddy-draw~|\
1fj~*@-rtrsvc~|\
1fk~*@-msgsvc~|\
1fl~datacaptor~|\
1fm~privateark~|\
1fn~gammafetchsvr~Gamma Fetcher!*|\
1fo~Y-$e~&s+)|\
1fp~lecroy-vicp~|\
1fq~=y#q^>~=u*s*e^=|\
1fr~msnp~|\
1fs~paradym-31port~|\
1ft~entp~|\
1fu~swrmi~|\
1fv~udrive~|\
1fw~viziblebrowser~|\
1fx~transact~|\
1fy~Y-<:~&s%!*d|\
1fz~canocentral0~|\
1g0~canocentral1~|\
1g1~fjmpjps~|\
1g2~fjswapsnp~|\
1g3~westell-stats~|\
1g4~ewcappsrv~|\
1g5~hp-webqosdb~|\
1g6~drmsmc~|\
1g7~nettgain%d~|\
1g8~vsat*l~Gilat VSAT*g|\
1g9~#=-mqseries2~#6 WebSphere MQ Everyplace|\
1ga~ecsqdmn~CA;/!V+)|\
1gb~mqtt~!M QueuingYVY6+&|\
1gc~idmaps~[! Distance%$ Svc|\
1gd~vrtstrapserver~!]@]!*|\
1ge~leoip~Leonardo=!#7|\
1gf~filex-lport~FileX8#<z|\
1gg~ncconfig~NC!P<z|\
1gh~@2-adapter~>A$E[}*d|\
1gi~wilkenlistener~|\
1gj~:`-notif~:<,<|\
1gk~:`=B~:<*g|\
1gl~elad~#!+&|\
1gm~o2server<{~|\
1go~b&X-ls~b&X[5!,|\
1gp~metaagent~|\
1gq~cymtec<{~Cymtec!98g|\
1gr~mc2studios~|\
1gs~ssdp~|\
1gt~@$<J-a~!A<++@+U[4 A|\
1gu~@$<J-b~!A<++@+U[4 B|\
1gv~linkname~>t=1=48{|\
1gw~@$<J-c~!A<++@+U[4 C|\
1gx~sugp~^C UP.Link*m+&|\
1gy~tpmd~TPortMapperReq|\
1gz~intrastar~|\
1h0~dawn~|\
1h1~`w{z~^v World=1|\
1h2~ultrabac~UltraBac++,q=&|\
1h3~mtp~Starlight+;Z<Y6+&|\
1h4~rhp-iibp~|\
1h5~armadp~|\
1h6~elm-momentum~|\
1h7~facelink~|\
1h8~persona~Persoft Persona|\
1h9~noagent~|\
1ha~$/-nds~#6 TivoleY7*d - NDS|\
1hb~$/-dch~#6!rY7*d - DCH|\
1hc~$/?E~#6!rY7*d - FERRET|\
1hd~noadmin~|\
1he~tapestry~|\
1hf~spice~|\
1hg~xiip~|\
1hh~Y$<{~SurrogateY4<z|\
1hi~egs~Evolution=I!*|\
1hj~videte-cipc~Videte CIPC<z|\
1hk~emsd<{~Expnd Maui Srvr Dscovr|\
1hl~bandwiz!x~Bandwiz!. -!*|\
1hm~driveappserver~|\
1hn~amdsched~|\
1ho~ctt!b~|\
1hp~xmapi~#6#o MT^=|\
1hq~xaapi~#6#o Appl^=|\
1hr.1~8X-fcs~8G{2,o!* MX|\
1hr.2~8X-fcs~8G{2,o!, MX|\
1hs~jetcmeserver~JetCmeServer!*<z|\
1ht~jwserver~?i!*<z|\
1hu~jwclient~?i!1<z|\
1hv~jvserver~&j!*<z|\
1hw~jvclient~&j!1<z|\
1hx~dic-aida~|\
1hy~res~%-8d*d|\
1hz~*-{k~|\
1i0~close-combat~|\
1i1~dialogic=C~|\
1i2~tekpls~|\
1i3~sentinelsrm~|\
1i4~eye2eye~|\
1i5~ismaeasdaqlive~|\
1i6~ismaeasdaqtest~|\
1i7~bcs-lmserver~|\
1i8~mpnjsc~|\
1i9~rapidbase~|\
1ia~abr%`~#! (8T)|\
1ib~abr!c~ABR-Secure<} (8T)|\
1ic~vrtl-vmf#F~}F VMF#U|\
1id~unix!d~|\
1ie~dxadmind~CA,n!5|\
1if~simp-all~SIMP*p|\
1ig~nasmanager~Merit DAC NASmanager|\
1ih~btsYW~|\
1ii~biap-mp~|\
1ij~webmachine~|\
1ik~solid-e!Y~|\
1il~tivoli-npm~|\
1im~slush~|\
1in~#`-quote~|\
1io~lipsinc~|\
1ip~lipsinc1~|\
1iq~netop-rc~NetOp!-*g|\
1ir~netop-school~|\
1is~intersys{a~Cache|\
1it~dlsrap~$Z=1 Switching!-!0+&|\
1iu~drp~|\
1iv~tcoflashagent~|\
1iw~tcoregagent~|\
1ix~tcoaddressbook~|\
1iy~}{~|\
1iz~}{-java~|\
1j0~panquest-xact~|\
1j1~p2pq~|\
1j2~estamp~Evidentiary Timestamp|\
1j3~lhtp~Loophole=:+&|\
1j4~bb~|\
1j5~hsrp~Hot]'!S+&~2281|\
1j6~licensedaemon~=*[58g|\
1j7~tr>6-p1~=*>V+1 1=&|\
1j8~tr>6-p2~=*>V+1 2=&|\
1j9~tr>6-p3~=*>V+1 3=&|\
1j9~mshnet~MHSnet!?|\
1ja~$h-p1~=*>(+1 1=&|\
1jb~$h-p2~=*>(+1 2=&|\
1jc~$h-p3~=*>(+1 3=&|\
1jc~ipsendmsg~|\
1jd~snmp$M<{~=*>W$I=&|\
1je~$h<{~=* serial??=&|\
1jf~perf<{~=* perf=&|\
1jg~tr>6<{~=*!- SRB=&|\
1jh~gdp<{~=**mY4+&|\
1ji~x25$e<{~=* X.25*f (XOT)|\
1jj~tcp#b<{~=* identification=&|\
1jk~=*-sccp~|\
1jl.1~dc~|\
1jl.2~wizard~curry|\
1jm~globe~|\
1jn~brutus~Brutus!*|\
1jo.1~*J~|\
1jo.2~emce~CCWS mm=[|\
1jp.1~berknet~|\
1jp.2~^P~|\
1jq.1~invokator~|\
1jq.2~$`-cd~$`|\
1jr.1~dectalk~|\
1jr.2~$`-am~|\
1js.1~conf~|\
1js.2~8`~|\
1jt.1~news~|\
1jt.2~8b~|\
1ju.1~}s~|\
1ju.2~<n!/~%m+(=#=$!+*f= #3 aZ^$B #$<n_^I#$.|\
1ju.2~<n_^I~|\
1jv.1~$`$%~$`|\
1jv.2~servserv~|\
1jw.1~ttyinfo~|\
1jw.2~$`-ac~|\
1jx.1~$`-am~|\
1jx.2~$`-cd~|\
1jy.1~troff~|\
1jy.2~$`-sf~|\
1jz.1~*6~|\
1jz.2~$`#r~|\
1k0~bootserver~|\
1k1.1~*6^<~|\
1k1.2~bootclient~|\
1k2.1~8`~|\
1k2.2~rellpack~|\
1k3.1~8b~|\
1k3.2~about~|\
1k4~xinupageserver~|\
1k5.1~servexec~|\
1k5.2~xinuexpansion1~|\
1k6.1~down~|\
1k6.2~xinuexpansion2~|\
1k7~xinuexpansion3~|\
1k8~xinuexpansion4~|\
1k9.1~ellpack~|\
1k9.2~xribs~|\
1ka~scrabble~|\
1kb~shadowserver~|\
1kc~submitserver~|\
1kd~hsrpv6~Hot]'!S+&@H|\
1ke~device2~|\
1kf~mobrien>1~|\
1kg~blackboard~|\
1kh~glogger~|\
1ki~scoremgr~|\
1kj~imsldoc~|\
1kk~e-dpnet~]>$; DP*o|\
1kl~applus~APplusZ_!*|\
1km~objectmanager~|\
1kn~prizma~Prizma8f*d|\
1ko~lam~|\
1kp~interbase~|\
1kq~%w~|\
1kr~%w`Z~|\
1ks~rimsl~|\
1kt~cdfunc~|\
1ku~sdfunc~|\
1kv~dls~|\
1kw~dls[L~|\
1kx~shilp~|\
1kx~nfs~!2=+!. - Sun Microsystems|\
1kx.4~nfs~!2=+!.~5665|\
1ky~av-emb!H~Avaya EMB!P<z|\
1kz~epnsdp~|\
1l0~clearvisn~clearVisn+)<z|\
1l1~lot105#F-upd~Lot105 DSuper]-|\
1l2~weblogin~Weblogin<z|\
1l3~iop~Iliad-Odyssey+&|\
1l4~omnisky~OmniSky<z|\
1l5~rich-cp~Rich[++&|\
1l6~newwavesearch~NewWaveSearchables%7|\
1l7~#;Yk~#HY8*d|\
1l8~teleniumdaemon~Telenium!5 IF|\
1l9~netmount~|\
1la~icg-swp~ICG SWP<z|\
1lb~icg?B~ICG!_<z|\
1lc~icg-iprelay~ICG#7^H<z|\
1ld~dlsrpn~$Z=1;W Read<z;Q|\
1le~aura~AVM USB!-,D|\
1lf~dlswpn~$Z=1;W Write<z;Q|\
1lg~avauthsrvprtcl~!y AuthSrv+&|\
1lh~>C<{~$p^D<z|\
1li~ah-esp`.~AH$C ESP Encapsulated#A$L packet|\
1lj~#v<{~Axon*g+&|\
1lk~msync~GlobeCast mSync|\
1ll~gxs=)<{~DataReel+,;V|\
1lm~vrtl-vmf-sa~}F VMF SA|\
1ln~newlixengine~}3 ServerWare!7|\
1lo~newlixconfig~}3 JSPConfig|\
1lp~tsrmagt~Old!r*w*e|\
1lq~tpcsrvr~#6 Total Productivity!k!*|\
1lr~idware;:~IDWARE!S<z|\
1ls~:^<B~:8 NLM (FLEXlm)|\
1lt~kme=D<{~KME PRINTER TRAP@Q|\
1lu~infowave~Infowave Mobility!*|\
1lv.1~}p~^C?'*d~6614|\
1lv.2~}p~^C?'*d~7360|\
1lw~sunclustergeo~SunCluster Geographic|\
1lx~ada-cip~ADA*g|\
1ly~gnunet~|\
1lz~eli~#! -^D[b,&|\
1m0~ip-blf~IP Busy Lamp{1|\
1m1~sep~[q,]+& - SEP|\
1m2~lrp~<W Report+&|\
1m3~prp~|\
1m4~descent3~|\
1m5~nbx$%~|\
1m6~nbx-au~|\
1m7~nbx-ser~|\
1m8~nbx<9~|\
1m9~jetformpreview~|\
1ma~dialog<{~|\
1mb~h2250-annex-g~H.225.0{' G8u|\
1mc~amiganetfs~Amiga*iZ#|\
1md~rtcm-sc104~|\
1me~{$$P~`n!,|\
1mf~{$<6~`n serv-hm8}|\
1mg~{$-hm~`n hostmanager|\
1mh~minipay~|\
1mi~mzap~|\
1mj~`s^A~|\
1mk~}T~|\
1ml~ergolight~|\
1mm~umsp~|\
1mn~dsatp~OPNET[# Sampling^=Zo+&|\
1mo~idonix-metanet~|\
1mp~hsl-storm~|\
1mq~ariascribe~Classical{8>S@o!0$C Enhancement|\
1mr~kdm~$,,=*e|\
1ms~ccowcmr~|\
1mt~mentaclient~|\
1mu~mentaserver~|\
1mv~gsigatekeeper~|\
1mw~qencp~Quick Eagle+; CP|\
1mx~]G-ssdb~|\
1my~caupc!@~CauPC!-*g|\
1mz~gtp*l~GTP[8^L ($Y)|\
1n0~elatelink~|\
1n1~lockstep~|\
1n2~pktcable-cops~|\
1n3~index-pc-wb~|\
1n4~#K-steward~Net](*g|\
1n5~cs-live~# .com|\
1n6~xds~|\
1n7~avantageb2b~|\
1n8~}u`]~&o%2^X%$|\
1n9~zymed-zpp~|\
1na~avenue~|\
1nb~gris~$o+3Z`!*|\
1nc~appworxsrv~|\
1nd~;l~|\
1ne~unbind[A~|\
1nf~#{=6~|\
1ng~#{%f~|\
1nh~#{-admind~|\
1ni~tdmoip~TDM OVER#7~5087|\
1nj~lv-jc~%E^^$a*g|\
1nk~lv-ffx~%E^^ Fast!;+*|\
1nl~lv-pici~%E^^!-Z3*v])|\
1nm~lv-not~%E^^^@^D,<|\
1nn~lv=6~%E^^,p|\
1no~!U-ucl~!I UNIVERSAL COMMUNICATION LA#-ER|\
1np~acptsys~|\
1nq~dynamic3d~|\
1nr~docent~|\
1ns~gtp>9~GTP>`^L ($Y)|\
1nt~ctlptc~!z+&|\
1nu~stdptc~Standard+&|\
1nv~brdptc~}!+&|\
1nw~trp~Talari+Z+&|\
1nx~xnds~Xerox*i+m@U+&|\
1ny~touchnetplus~TouchNetPlus*d|\
1nz~gdbremote~GDB!-^[<z|\
1o0~#?-2160~|\
1o1~#?-2161~|\
1o2~8Z~|\
1o3~8Z$T~Navisphere!3|\
1o4~ddns-v3~![%!]/ 3|\
1o5~x@y%`~|\
1o6~iwserver~|\
1o7~raw-serial~Raw Async!p=1|\
1o8~easy>n%)~easy>nZn|\
1o9~brain~Backbone$B AcademicZ`,< (#!)|\
1oa~eyetv~EyeTV!*<z|\
1ob~%K];~MS+>*w|\
1oc~%K-s];~MS+> SecureStorage|\
1od~%K:/~MS+>Zb|\
1oe~%K-array~MS+> Intra`F|\
1of~airsync~+-[( AirSync+&|\
1og~rapi~+- ActiveSync!-$K|\
1oh~qwave~qWAVE Bandwidth Estimate|\
1oi~bitspeer~<Y+)$B BITS|\
1oj~vmrdp~+- RDP$B virtual+w|\
1ok~mc-gt$P~&$ Vendor*m!*|\
1ol~eforward~|\
1om~cgn^<~CGN!X|\
1on~cgn!H~Code Green,^|\
1oo~nvd~#!=/|\
1op~onbase-dds~OnBaseZc@@+)|\
1oq~gtaua~Guy-Tek Automated!G,C|\
1or.1~ssmc~}>!.8c*g|\
1or.2~ssmd~}>!.8c<}|\
1os.1~*W-rpm~Radware+3=h*e|\
1ot.1~*W-rpm-s~^C Radware+3=h*e|\
1ou~tivoconnect~TiVoConnect;&|\
1ov~tvbus~TvBusY8|\
1ow~asdis~#!+_8g|\
1ox~drwcs~Dr.#f8d8c*d|\
1p1~mnp-exchange~MNP=(+9|\
1p2~*Q!@~?r!-!0|\
1p3~*Q-help~?r*d<z|\
1p5~ats~Advanced Training!.[4|\
1p6~imtc-map~Int.Z< Teleconferencing Cosortium|\
1p7~b2-runtime~b2]g+&|\
1p8~b2]8~b2*h!*|\
1p9~jps~<V Presentation!*|\
1pa~hpocbus~HP OpenCall bus|\
1pb~hpssd~HP!F$C+)|\
1pc~hpiod~HP I/O Backend|\
1pd~rimf-ps~HP RIM$B Files;S*d|\
1pe~noaaport~#!YL*i|\
1pf~emwin~|\
1pg~leecoposserver~LeeCO POS!**d|\
1ph~kali~|\
1pi~rpi~RDQ+&Y5|\
1pj~ipcore~IPCore.co.za@E|\
1pk~vtu`[~VTU=(*f|\
1pl~gotodevice~GoToDevice!48c|\
1pm~bounzza~Bounzza IRC^F|\
1pn~=T-ncap~=c NCAP+&|\
1po~=T~=c End2End|\
1pp.1~:g#>-s~*{/IP=!$D|\
1pp.2~:g#>-s~*{/IP=!=7|\
1pq~*{#p-1~*{/IP I/O=%+(=#=$!+*f= #3 aZ^$B #$*{/IP-1#$.|\
1pq~*{/IP-1~*{/IP I/O|\
1pr~rockwell-csp2~|\
1ps~efi-mg~Easy Flexible+6/Multiplayer Games|\
1pt.5~rcip-itu~[18e Initiation+&|\
1pu~di-drm~!Z Instinct DRM|\
1pv~di%(~DIY8*d|\
1pw~ehome-ms~eHome*j!*|\
1px~datalens~DataLens*d|\
1py~queueadm~MetaSoft$a{=,n*d|\
1pz~wimaxasncp~WiMAX ASN*g^L+&|\
1q0~ivs`3~IVS^O[e|\
1q1~infocrypt~|\
1q2~directplay~|\
1q3~*[{z~|\
1q4~nani~|\
1q5~optech^s#2~Optech Port1*h*e|\
1q6~aviva%h~AVIVA%&;T|\
1q7~imagequery~|\
1q8~recipe~|\
1q9~ivsd~IVS!5|\
1qa~foliocorp~Folio!-!*|\
1qb~magicom~Magicom+&|\
1qc~nmsserver~|\
1qd~hao~|\
1qe~pc-mta-addrmap~PacketCable MTA Addr%$|\
1qf~antidotemgrsvr~Antidote Deployment*e*d|\
1qg~ums~<[8c*d|\
1qh~rfmp~RISO=+*e+&|\
1qi~^Q-collab~|\
1qj~dif<{~8kY?<z|\
1qk~njenet$F~NJENET^J$H|\
1ql~dtv-chan<E~DTV*p[ |\
1qm~seispoc~Seismic P.O.C.<z|\
1qn~vrtp~#! - ViRtue+*+&|\
1qo~pcc-mfp~|\
1qp~^{-tx-rx~^{>-/file+5|\
1qq~rcts~Rotorcraft,o=:!.|\
1qr~bid=_~BIF identifiersZJ*f|\
1qs~#?-2260~|\
1qt~comotionmaster~:=;}!*|\
1qu~comotionback~:=!6!*|\
1qv~ecwcfg~ECweb,Z*d|\
1qw~&{-1~>:8';w$K<z 1|\
1qx~&{-2~>:8';w$K<z 2|\
1qy.1~:q~M-Files!*|\
1qy.2~:q~M-files!*|\
1qz~ontobroker~|\
1r0~#[~~7450|\
1r1~mikey~|\
1r2~starschool~|\
1r3~mmcals~^C Meeting{7Z?|\
1r4~mmcal~Meeting{7Z?|\
1r5~=y-im~=u+W*e|\
1r6~pcttunnell~PCTTunneller|\
1r7~*C=)~*B Conferencing|\
1r8~*C=-~*B8c|\
1r9~bluectrlproxy~Bt!Q*k^o|\
1ra~s3db~^E Stacked Sequences+,|\
1rb~xmquery~|\
1rc~lnvpoller~|\
1rd~lnvconsole~|\
1re~lnvalarm~|\
1rf~lnvstatus~|\
1rg~lnvmaps~|\
1rh~lnvmailmon~|\
1ri~nas-metering~|\
1rj~dna~|\
1rk~netml~|\
1rl~dict?F~Lookup dict!,|\
1rm~sonus:,~>v[b+)|\
1rn~eapsp~><&+]` Share+&|\
1ro~mibYl~>v[E8c+)|\
1rp~npdbgmngr~!2+7^[*e|\
1rq~konshus#2~Konshus*h*e (FLEX)|\
1rr~advant#2~Advant*h*e|\
1rs~theta#2~Theta*h*e (Rainbow)|\
1rt~d2k-datamover1~|\
1ru~d2k-datamover2~|\
1rv~pc-telecommute~|\
1rw~cvmmon~|\
1rx~cpq-wbem~`g=.|\
1ry~binderysupport~|\
1rz~@.[)~|\
1s0~Ys-uts~|\
1s1~mt-scaleserver~|\
1s2~tappi-boxnet~|\
1s3~pehelp~|\
1s4~sdhelp~|\
1s5~sdserver~|\
1s6~sdclient~|\
1s7~messageservice~|\
1s8~wanscaler~WANScaler,Y*d|\
1s9~iapp~#! (>=!0^X+&)|\
1sa~cr-websystems~|\
1sb~;G-sft~|\
1sc~sent#2~SENT*h*e|\
1sd~Ys-g32~|\
1se~cadencecontrol~|\
1sf~infolibria~|\
1sg~siebel#s~|\
1sh~rdlap~|\
1si~ofsd~|\
1sj~3d-nfsd~|\
1sk~cosmocall~|\
1sl~ansysli~>pYG,N|\
1sm~idcp~|\
1sn~xingcsm~|\
1so~netrix-sftm~|\
1sp~nvd~|\
1sq~tscchat~|\
1sr~agentview~|\
1ss~rcc-host~|\
1st~snapp~|\
1su~ace!<~ACE!1 Auth|\
1sv~ace^M~|\
1sw~appleugcontrol~|\
1sx~ideesrv~|\
1sy~norton-lambert~|\
1sz~%,-webview~|\
1t0~wrs+Q~WRS+2=%+(=#=$!+*f= #3 aZ^$B #$wrs_[y#$.|\
1t0~wrs_[y~|\
1t1~xiostatus~|\
1t2~manage-exec~Seagate Manage>L|\
1t3~%x-logos~|\
1t4~fcmsys~|\
1t5~dbm~|\
1t6~*}-join~%D8e<z=%+(=#=$!+*f= #3 aZ^$B #$*}_join#$.|\
1t6~*}_join~%D8e<z|\
1t7~*}^%~%D,@$C+/=%+(=#=$!+*f= #3 aZ^$B #$*}_<c#$.|\
1t7~*}_<c~%D,@$C+/|\
1t8~*}^,~Z.#4^p$B=;!X=%+(=#=$!+*f= #3 aZ^$B #$*}_info#$.|\
1t8~*}_info~Z.#4^p$B=;!X|\
1t9~*}-diag~ZQ<z=%+(=#=$!+*f= #3 aZ^$B #$*}_diag#$.|\
1t9~*}_diag~ZQ<z|\
1ta~psbserver~Pharos Booking!*|\
1tb~psrserver~|\
1tc~pslserver~|\
1td~pspserver~|\
1te~psprserver~|\
1tf~psdbserver~|\
1tg~gxtelmd~GXT*h Managemant|\
1th~unihub!/~|\
1ti~futrix~|\
1tj~flukeserver~|\
1tk~nexstorindltd~|\
1tl~$#~|\
1tm~digiman~|\
1tn~mediacntrlnfsd~>>[] NFSD|\
1to~oi@n~|\
1tp~dbref~|\
1tq~qip`_~|\
1tr~!^=B~!:*g|\
1ts~opentable~|\
1tt~bif$w~Blockchain Identifier InFrastructure%%|\
1tu~l3-hbmon~|\
1tv.1~rda~^?!4!0|\
1tw~lanmessenger~|\
1tx.1~remographlm~Remograph*h*e|\
1ty.1~hydra~Hydra$V|\
1tz.1~}X~}(=J$K (plain>-)|\
1u0.1~}X-s~}(=J$K (ssl)|\
1u1.1~swarm~RPCY=$B Docker Swarm|\
1u2.2~dali~#!&L*k|\
1u3.1~%u!<~%u!C,[|\
1u4.1~%u!/~%u!,#4!,,[|\
1u5~`<^G~|\
1u6~ms-olap3~+-@O|\
1u7~ms-olap4~+-@O|\
1u8.1~sd:0~|\
1u8.2~sd&T~|\
1u9~sd=)~|\
1ua~virtualtape~|\
1ub~vsamredirector~|\
1uc~mynahautostart~|\
1ud~ovsessionmgr~['*z%5|\
1ue~rsmtp~|\
1uf~%,$G=-~3COM$W8c|\
1ug~tacticalauth~|\
1uh~ms-olap1~|\
1ui~ms-olap2~|\
1uj~`y!@~LAN900!-=%+(=#=$!+*f= #3 aZ^$B #$`y_^Q#$.|\
1uj~`y_^Q~|\
1uk~wusage~|\
1ul~ncl~|\
1um~orbiter~|\
1un~>D-fdal~+G#($Q. -<}!0^V|\
1uo~opequus!/~|\
1up~cvspserver~|\
1uq~,m~8N=V!*|\
1ur~,m~8N=V$E|\
1us~iec%^~IEC{%-5%^[7*k=!#7|\
1ut~trc-netpoll~|\
1uu~jediserver~|\
1uv~orion~|\
1uw.1~railgun-webaccl~CloudFlare Railgun$E Acceleration+&|\
1ux~#`+B~|\
1uy~%M+Q~|\
1uz~netwave$<=-~Netwave AP8c|\
1v0~cdn~|\
1v1~orion%+%f~|\
1v2~*-~|\
1v3~codima-rtp~Codima!-Zo+&|\
1v4~rmtserver~|\
1v5~composit!/~|\
1v6~cas~|\
1v7~Ys-s2s~|\
1v8~dslremote=-~DSL!-8c|\
1v9~g-talk~|\
1va~crmsbits~|\
1vb~rnrp~|\
1vc~kofax$m~|\
1vd~fjitsuappmgr~!A$R*e|\
1ve~vcmp~VeloCloud MultiPath+&|\
1vf~mgcp[)~>>*m*g+&*m|\
1vg~ott~One Way Trip==|\
1vh~ft-role~|\
1vi~venus~|\
1vj~venus$*~|\
1vk~*3~|\
1vl~*3$*~|\
1vm~#T`]~|\
1vn~optilogic~|\
1vo~topx~|\
1vp~8a~|\
1vq~msp~|\
1vr~sybasedbsynch~|\
1vs~spearway~Spearway Lockers|\
1vt~pvsw-inet~&m I#&#K<}!*|\
1vu~netangel~|\
1vv~powerclientcsf~PowerClient[]*w+V|\
1vw~btpp2sectrans~|\
1vx~dtn1~|\
1vy~%t[%~%t_!^=%+(=#=$!+*f= #3 aZ^$B #$%t_!^#$.|\
1vy~%t_!^~|\
1vz~ovwdb~[' NNM!O|\
1w0~hpppssvr~hpppsvr|\
1w1~ratl~|\
1w2~netadmin~|\
1w3~netchat~|\
1w4~snifferclient~|\
1w5~madge-ltd~|\
1w6~indx-dds~|\
1w7~wago$>!x~|\
1w8~altav-remmgt~|\
1w9~rapido#>~|\
1wa~griffin~|\
1wb~xrpl~&a|\
1wc~ms-theater~|\
1wd~qadmifoper~|\
1we~qadmifevent~|\
1wf~lsi^5=-~LSI RAID8c|\
1wg~;m-si~|\
1wh~lbm~<W]L8c|\
1wi~lbf~<W]L8x|\
1wj~high-criteria~|\
1wk~qip-msgd~|\
1wl~mti-tcs=A~|\
1wm~taskman<{~|\
1wn~seaodbc~|\
1wo~c3~|\
1wp~aker-cdp~|\
1wq~vitalanalysis~|\
1wr~ace!/~|\
1ws~ace$m-prop~ACE!* Propagation|\
1wt~ssm-cvs~YrZg Valifation*d|\
1wu~ssm-cssps~Yr,p!* (#8)|\
1wv~ssm-els~Yr^D[b!* (#8)|\
1ww~powerexchange~Informatica PowerExchange+:|\
1wx~giop~^B@D|\
1wy~giop$F~^B@D$H|\
1wz~$7~^B TTC|\
1x0~$7$F~^B TTC$H|\
1x1~netobjects1~|\
1x2~netobjects2~|\
1x3~pns~`9?!*d|\
1x4~moy>g~MoyZd|\
1x5~tsilb~|\
1x6~qip-qdhcp~|\
1x7~conclave-cpp~|\
1x8~}]~|\
1x9~[2-mqs~|\
1xa~#;-ar~|\
1xb~fast-rem=_~Fast!-+)|\
1xc~dirgis~|\
1xd~quaddb~|\
1xe~odn-castraq~|\
1xf~8a~|\
1xg~rtsserv~[1+<!?!,|\
1xh~rtsclient~[1+<!?!C|\
1xi~kentrox>5~Kentrox+&|\
1xj~#}-dpnss~|\
1xk~wlbs~|\
1xl~ppcontrol~PowerPlay*g|\
1xm~jbroker~|\
1xn~spock~|\
1xo~jdatastore~|\
1xp~fjmpss~|\
1xq~fjappmgrbulk~|\
1xr~metastorm~|\
1xs~citrixima~|\
1xt~citrixadmin~|\
1xu~}Z-ntp~|\
1xv~}Z;:~|\
1xw~maincontrol~|\
1xx~call-sig``~H.#d{' E=2*g8uY6|\
1xy~willy~|\
1xz~globmsgsvc~|\
1y0~pvsw~&m+:|\
1y1~adaptecmgr~?O*e|\
1y2~windb~|\
1y3~qke-llc-v3~|\
1y4~optiwave#2~Optiwave*h8c|\
1y5~ms-v-worlds~|\
1y6~ema-sent#2~EMA*h*e|\
1y7~iqserver~|\
1y8~ncr-ccl~NCR CCL=%+(=#=$!+*f= #3 aZ^$B #$ncr_ccl#$.|\
1y8~ncr_ccl~|\
1y9~utsftp~|\
1ya~vrcommerce~|\
1yb~ito-e%?~|\
1yc~ovtopmd~|\
1yd~snifferserver~|\
1ye~combox$n-acc~Combox$E!0|\
1yf~madcap~|\
1yg~btpp2audctr1~|\
1yh~upgrade~Upgrade+&|\
1yi~vnwk-prapi~|\
1yj~vsiadmin~|\
1yk~lonworks~|\
1yl~lonworks2~|\
1ym~udrawgraph~|\
1yn~reftek~|\
1yo~^z-zen~YO!5 Refresh|\
1yp~sis-emt~|\
1yq~vytalvaultbrtp~|\
1yr~vytalvaultvsmp~|\
1ys~vytalvaultpipe~|\
1yt~ipass~|\
1yu~ads~|\
1yv~isg-uda!/~|\
1yw~call:,~|\
1yx~efidiningport~|\
1yy~vcnet=n-v10~|\
1yz~`<-wcp~|\
1z0~*O-nmsvc~|\
1z1~*O=-~|\
1z2~pclemultimedia~|\
1z3~lstp~|\
1z4~labrat~|\
1z5~mosaixcc~|\
1z6~delibo~|\
1z7~cti-redwood~|\
1z8~hp-3000;_~HP 3000 NS/VT{N mode?>|\
1z9~coord$m~Coordinator!*|\
1za~pcs-pcw~|\
1zb~clp~=3>#+&|\
1zc~spamtrap~|\
1zd~sonuscallsig~>v=2?*|\
1ze~hs<{~|\
1zf~cecsvc~|\
1zg~ibp~|\
1zh~trustestablish~|\
1zi~:_-bpsp~|\
1zj~hl7~|\
1zk~tclprodebugger~|\
1zl~scipticslsrvr~Scriptics Lsrvr|\
1zm~rvs-isdn<8~|\
1zn~mpfoncl~|\
1zo~tributary~|\
1zp~argis-te~|\
1zq~argis#F~|\
1zr~mon~|\
1zs~cyaserv~|\
1zt~netx!/~|\
1zu~netx^>~|\
1zv~masc~|\
1zw~privilege~|\
1zx~quartus-tcl~|\
1zy~idotdist~|\
1zz~maytagshuffle~|\
200~netrek~|\
201~mns>3~MNS=<?!*d|\
202~dts~$Z=f!*|\
203~worldfusion1~|\
204~worldfusion2~|\
205~homesteadglory~|\
206~citriximaclient~^d MA!1|\
207~snapd~SnapY4|\
208~hpstgmgr~|\
209~discp!<~|\
20a~discp!/~|\
20b~servicemeter~|\
20c~nsc-ccs~|\
20d~nsc-posa~|\
20e~netmon~%B Netmon|\
20f~connection~%B8e|\
20g~wag[%~|\
20h~system[L~|\
20i~versa-tek~|\
20j~lionhead~|\
20k~qpasa^>~|\
20l~smntubootstrap~|\
20m~neveroffline~|\
20n~firepower~|\
20o~appswitch-emp~|\
20p~cmadmin~Clinical]R&;|\
20q~priority-e%<~|\
20r~bruce~|\
20s~lpsrecommender~|\
20t~miles-apart~Miles Apart Jukebox!*|\
20u~metricadbc~|\
20v~lmdp~|\
20w~aria~|\
20x~blwnkl<{~|\
20y~gbjd#)16~|\
20z~moshebeeri~|\
210~dict~|\
211~sitaraserver~|\
212~sitaramgmt~Sitara8c|\
213~sitaradir~|\
214~irdg-post~|\
215~interintelli~|\
216~pk-electronics~|\
217~backburner~|\
218~solve~|\
219~imdocsvc~Import+m*d|\
21a~sybaseanywhere~|\
21b~aminet~|\
21c~ami*l~Alcorn McBride$Q+'=5$B!Q*k|\
21d~hdl$P~HDL!*|\
21e~tragic~|\
21f~gte-samp~|\
21g~travsoft-ipx-t~Travsoft IPX!>|\
21h~^z-ipx%;~|\
21i~and#2~AND*h*e|\
21j~syncserver~|\
21k~upsnotifyprot~|\
21l~vpsipport~|\
21m~eristwoguns~|\
21n~ebinsite~|\
21o~interpathpanel~|\
21p~sonus~|\
21q~>}-vncadmin~Corel VNC^@=%+(=#=$!+*f= #3 aZ^$B #$>}_+$#$.|\
21q~>}_+$~|\
21r~unglue~UNIX Nt Glue|\
21s~kana~|\
21t~#`-dispatcher~|\
21u~#`^A~|\
21v~#`{q~|\
21w~gcmonitor~|\
21x~olhost~|\
21y~`s-capi~|\
21z~`s-tapi~|\
220~^g-mq-gm~}7$B MQ GM|\
221~^g-mq-nm~}7$B MQ NM|\
222~extensis~|\
223~>x{c-s~Alarm{-!*|\
224~>x{c-c~Alarm{-!1|\
225~toad~|\
226~tve-announce~|\
227~newlixreg~|\
228~nhserver~|\
229~firstcall42~|\
22a~ewnn~|\
22b~$7>k~|\
22c~simslink~|\
22d~gadgetgate1way~|\
22e~gadgetgate2way~|\
22f~syncserverssl~|\
22g~#T-sapxom~|\
22h~mpnjsomb~|\
22j~ncdloadbalance~|\
22k~mpnjsosv~|\
22l~mpnjsocl~|\
22m~mpnjsomg~|\
22n~pq-lic=-~|\
22o~md-cg=,~md-cf=,|\
22p~fastlynx~|\
22q~hp-nnm=)~HP NNM&3+,|\
22r~itinternet~ITInternet ISM!*|\
22s~admins-lms~|\
22u~pwrsevent~|\
22v~vspread~|\
22w~unifyadmin~|\
22x~oce>8=D~Oce>W@]<z|\
22y~mck-ivpip~|\
22z~csoft-plusclnt~Csoft>U!1|\
230~tqdata~|\
231~sms-rcinfo~|\
232~sms-xfer~|\
233~sms>1~|\
234~sms-remctrl~|\
235~sds^A~|\
236~ncdmirroring~|\
237~emcsymapiport~|\
238~`r$G~|\
239~supermon~|\
23a~sso[%~|\
23b~sso*l~|\
23c~aocp~Axapta!;,Y+&|\
23d~raventbs~>@]o!=*d|\
23e~raventdm~>@]o<} Mover|\
23f~hpstgmgr2~|\
23g~inova#>-disco~|\
23h~pn8>~|\
23i~pn-requester2~|\
23j~scan-change~|\
23k~wkars~|\
23l~@/-diagnose~|\
23m~proactivesrvr~Proactive!*|\
23n~watchdog-nt~WatchDog NT+&|\
23o~qotps~|\
23p~msolap-ptp2~|\
23q~tams~|\
23r~mgcp-callagent~>>*m*g+&=2^=|\
23s~sqdr~|\
23t~tcim*l~|\
23u~nec-raidplus~|\
23v~fyre-messanger~|\
23w~g5m~|\
23x~signet-ctf~|\
23y~ccs-software~|\
23z~=T#W~=c*q*v|\
240~radwiz%d$P~|\
241~srp-feedback~|\
242~$4$M-ois$'~NDL$I-OSI*m|\
243~tn-timing~|\
244~>x~|\
245~tsb~|\
246~tsb2~|\
247~murx~|\
248~honyaku~|\
249~urbisnet~|\
24a~cpudpencap~|\
24b~;!-swrly~|\
24c~;!-polsvr~|\
24d~;!-cnsl~|\
24e~;!^s~|\
24f~;!`2~|\
24g~rsisysaccess~|\
24h~de-spot~|\
24i~^e$%~|\
24j~expresspay~|\
24k~simplement-tie~|\
24l~cnrp~|\
24m~^e!d~|\
24n~^e-gms~|\
24o~sabams~|\
24p~@ -iscl~|\
24q~@ $N~|\
24r~desktop-dna~|\
24s~$}-insurance~|\
24t~qip-audup~|\
24u~`<-scp~|\
24v~uadtc~|\
24w~uacs~|\
24x~exce~|\
24y~veronica~|\
24z~vergencecm~|\
250~auris~|\
251~rbakcup1~?y!-!6|\
252~rbakcup2~?y!-!6|\
253~smpp~|\
254~ridgeway1~:Q*n #%++|\
255~ridgeway2~:Q*n #%++|\
256~gwen-sonya~|\
257~lbc=>~|\
258~lbc*l~|\
259~whosells~|\
25a~everydayrc~|\
25b~aises~|\
25c~$8%'~world>[$c - development|\
25d~aic$(~|\
25e~aic-oncrpc~#  - Destiny MCD+8|\
25f~piccolo~#  - Cornerstone++|\
25g~fryeserv~NetWare Loadable;+ - Seagate++|\
25h~media^>~|\
25i~plgproxy~|\
25j~mtport-regist~MT<z Registrator|\
25k~f5-globalsite~|\
25l~initlsmsad~|\
25m~urp~Uniform+3+7|\
25n~livestats~|\
25o~ac-tech~|\
25p~esp`.~|\
25q~tmesis-upshot~|\
25r~icon+`~|\
25s~acc^5~|\
25t~igcp~|\
25u.1~!U-tcp1~|\
25u.2~!U-udp1~|\
25v~btprjctrl~|\
25w~dvr-esm~March+;]T^O Recorders$C8d*d*e&N|\
25x~wta$y-s~|\
25y~cspuni~|\
25z~cspmulti~|\
260~j<>-p~|\
261~corbaloc~|\
262~netsteward~^`$W](|\
263~gsiftp~|\
264~atmtcp~|\
265~llm-pass~|\
266~llm-csv~|\
267~lbc-measure~LBCZe|\
268~lbc-watchdog~|\
269~Y(~|\
26a~rmlnk~|\
26b~fc-faultnotify~FC{0,<|\
26c~univision~|\
26d~%M-at<{~!I,p*d|\
26e~ka0wuc~|\
26f~cqg?G~|\
26g~cqg?G-1~|\
26i~slc-systemlog~|\
26j~slc-ctrlrloops~|\
26k~itm#2~ITM*h*e|\
26l~silkp1~|\
26m~silkp2~|\
26n~silkp3~|\
26o~silkp4~|\
26p~glishd~|\
26q~evtp~|\
26r~evtp=)~|\
26s~catalyst~|\
26t~repliweb~|\
26u~starbot~|\
26v~Y(~|\
26w~l3-exprt~|\
26x~l3-ranger~|\
26y~l3-hawk~|\
26z~pdnet~|\
270~bpcp^2~|\
271~bpcp=D~|\
272~aimpp-hello~|\
273~aimpp<{<E~|\
274~#[-blc<{~|\
275~fxp~|\
276~metaconsole~|\
277~webemshttp~|\
278~bears-01~|\
279~ispipes~|\
27a~infomover~|\
27b.1~msrp~#!=!$I~4976|\
27c~cesdinv~|\
27d~simctlp~SimCtIP|\
27e~ecnp~|\
27f~activememory~|\
27g~*7-voice1~|\
27h~*7-voice2~|\
27i~ttg+B~|\
27j~sonardata~|\
27k~astronova>l~main 5001 cmd|\
27l~pit-vpn~|\
27m~iwlistener~|\
27n~esps;9~|\
27o~npepYk~}4 Proprietaqry Events+&|\
27p~icslap~|\
27q~daishi~|\
27r~msi-selectplay~|\
27s~radix~|\
27t~psrt~PubSub+sYV+&|\
27u~dxmessagebase1~DX*j=fY6+&|\
27v~dxmessagebase2~DX*j=fY6+&|\
27w~sps!R~|\
27x~bluelance~|\
27y~aap~|\
27z~ucentric#F~|\
280~;s~;hY6|\
281~ndsp~|\
282~ndtp~|\
283~ndnp~|\
284~flashmsg~|\
285~*a~|\
286~responselogic~|\
287~aironetddp~aironet|\
288~spcsdlobby~|\
289~rsom~|\
28a~cspclmulti~|\
28b~:a=C~#!*h*e|\
28c~snifferdata~|\
28d~vseconnector~|\
28e~abacus!@~|\
28f~natuslink~|\
28g~ecovisiong6-1~|\
28h~citrix^8~|\
28i~appliance$k~|\
28j~powergemplus~|\
28k~quicksuite~|\
28l~allstorcns~|\
28m~netaspi~|\
28n~suitcase~|\
28o.7~m2ua~|\
28p.5~m3ua~~4666|\
28q~caller9~|\
28r~webmethods-b2b~|\
28s~mao~|\
28t~<d-dialout~|\
28u~tdaccess~|\
28v~:_~|\
28w~epicon~|\
28x~boosterware~|\
28y~gamelobby~|\
28z~tksocket~|\
290~=d!/~Elvin!*=%+(=#=$!+*f= #3 aZ^$B #$=d_^I#$.|\
290~=d_^I~|\
291~=d!<~Elvin!1=%+(=#=$!+*f= #3 aZ^$B #$=d_`;#$.|\
291~=d_`;~|\
292~kastenchasepad~|\
293~roboer~|\
294~roboeda~|\
295~cesdcdman~CESD&0+E8c|\
296~cesdcdtrn~CESD&0+E<}+*|\
297~wta$y<L-s~|\
298~;G-vip~|\
29a~}f^$-dl~|\
29b~unimobilectrl~|\
29c~redstone-cpss~|\
29d~$.+b~|\
29e~$.-weblinx~|\
29f~circle-x~|\
29g~incp~|\
29h~4-tieropmgw~|\
29i~4-tieropmcli~|\
29j~qtp~|\
29k~otpatch~|\
29l~pnaconsult#2~|\
29m~sm%*-1~|\
29n~sm%*-2~|\
29o~sm%*-3~|\
29p~sm%*-4~|\
29q~sm%*-5~|\
29r~ttnrepository~|\
29s~}e^)~|\
29s.4~}e^)~}/-H.24#)>-|\
29t~h24#)?A~|\
29t.4~h24#)?A~}//H.24#) binary|\
29u~fjsvmpor~|\
29v~gpsd~GPS!5]3/response+'|\
29w~#G=^~|\
29x~#G-pushsecure~|\
29y~esip~|\
29z~ottp~|\
2a0~mpfwsas~|\
2a1~8^~|\
2a2~8^%;~|\
2a3~csnotify~|\
2a4~ovrimosdbman~|\
2a5~jmact5~JAMCT5|\
2a6~jmact6~JAMCT6|\
2a7~rmopagt~|\
2a8~dfoxserver~|\
2a9~boldsoft#2~|\
2aa~iph;8%b~|\
2ab~iph;8%_~|\
2ac~*.-srap~|\
2ad~*.-rap~|\
2ae~idp-infotrieve~|\
2af~ssc^>~|\
2ag~enpp~|\
2ah~essp~|\
2ai~index$G~|\
2aj~netclip~NetClip clipboard!O|\
2ak~pmsm-webrctl~|\
2al~svnetworks~|\
2am~signal~|\
2an~fjmpcm~!A,Z8c*d|\
2ao~cns$P<{~CNS!*<z|\
2ap~$7>k#s~TTCs8d=:!0+& - NS|\
2aq~$7>k#F~TTCs8d=:!0+& -#U|\
2ar~h263`3~H.263^OY@|\
2as~wimd~;cY8*d|\
2at~mylxamport~|\
2au~iwb-whiteboard~|\
2av~netplan~|\
2aw~hpidsadmin~|\
2ax~hpidsagent~|\
2ay~stonefalls~|\
2az~identify~|\
2b0~hippad~HIPPAYN+&|\
2b1~zarkov~#! Intelligent^=,Y|\
2b2~boscap~|\
2b3~wkstn$l~|\
2b4~avenyo~Avenyo!*|\
2b5~!U-vis1~|\
2b6~!U-vis2~|\
2b7~idrs~|\
2b8~vsixml~|\
2b9~rebol~|\
2ba~realsecure~|\
2bb~Yt-un~Yp Unassigned|\
2bc~hbci~|\
2bc~Yt-cl~Yp!1|\
2bd.1~origo-native~?t!* NativeY5|\
2be~exlm^>~|\
2be~Yt$P~Yp!*|\
2bf~cgms~|\
2bg~csoftragent~Csoft^=|\
2bh~geniuslm~Genius*h*e|\
2bi~ii^A~;c+6^@|\
2bj~lotusmtap~Lotus=<+<^=+&|\
2bk~midnight-tech~Midnight,G|\
2bl~#T-ntfy~|\
2bm.1~gw~[tZl|\
2bm.2~ping-pong~[tZl|\
2bn~trusted$n~|\
2bo~twsdss~Trusted$E!1|\
2bp~gilatskysurfer~|\
2bq~`t[%~Broker*d=%+(=#=$!+*f= #3 aZ^$B #$`t_!^#$.|\
2bq~`t_!^~|\
2br~%x-dstp~|\
2bs~`C=N~}5!*=%+(=#=$!+*f= #3 aZ^$B #$`C_srvr#$.|\
2bs~`C_srvr~}5!*|\
2bt~>C-listener~=t+:=%+(=#=$!+*f= #3 aZ^$B #$>C_:o#$.|\
2bt~>C_:o~|\
2bu~<s+Q~!:+2=%+(=#=$!+*f= #3 aZ^$B #$<s_[y#$.|\
2bu~<s_[y~!:+2|\
2bv~[z$d~[1*e=%+(=#=$!+*f= #3 aZ^$B #$[z_mgr#$.|\
2bv~[z_mgr~[1*e|\
2bw~cifs~|\
2bx~agriserver~|\
2by~csregagent~|\
2bz~magicnotes~|\
2c0~nds-sso~NDS_SSO=%+(=#=$!+*f= #3 aZ^$B #$nds_sso#$.|\
2c0~nds_sso~|\
2c1~arepa^4~|\
2c2~agri[)~|\
2c3~8i-C~8i_C=%+(=#=$!+*f= #3 aZ^$B #$8i_C#$.|\
2c3~8i_C~|\
2c4~8i-DM~8i_DM=%+(=#=$!+*f= #3 aZ^$B #$8i_DM#$.|\
2c4~8i_DM~|\
2c5~8i-A~8i_A=%+(=#=$!+*f= #3 aZ^$B #$8i_A#$.|\
2c5~8i_A~|\
2c6~arepa-cas~|\
2c7~eppc~^? AppleEvents/PPC Toolbox|\
2c8~redwood>1~|\
2c9~pdb~|\
2ca~osmosis-aeea~Osmosis / Helix (R) AEEA<z|\
2cb~fjsv-gssagt~|\
2cc~hagel^!~|\
2cd~hp-san=-~|\
2ce~santak-ups~|\
2cf~cogitate~Cogitate#($Q.|\
2cg~tomato-springs~|\
2ch~di-traceware~|\
2ci~journee~|\
2cj~brp~Broadcast*t+&|\
2ck~epp~EndPoint+&|\
2cl~responsenet~|\
2cm~di-ase~|\
2cn~hlserver~Fast+. HL!*|\
2co~pctrader~Sierra$W PC?0|\
2cp~nsws~|\
2cq~$2#B~$2_db=%+(=#=$!+*f= #3 aZ^$B #$$2_db#$.|\
2cq~$2_db~|\
2cr~}[!/~|\
2cs~#?-3052~|\
2ct~dsom!/~|\
2cu~#[-cnf>5~|\
2cv~policyserver~|\
2cw~cdl!/~|\
2cx~goahead-fldup~|\
2cy~videobeans~|\
2cz~qsoft~|\
2d0~interserver~|\
2d1~cautcpd~|\
2d2~ncacn#>$M~|\
2d3~ncadg#>$J~|\
2d4~rprt~^?<z Redirector|\
2d5~slinterbase~|\
2d6~netattachsdmp~|\
2d7~fjhpjp~|\
2d8~ls3bcast~ls3YL|\
2d9~ls3~|\
2da~mgxswitch~|\
2db.1~xplat-replicate~CrossplatformZi+'|\
2dc~csd[L~ContinuStor*q<z|\
2dd~vcrp~Very simple chatroom@i|\
2de~xbox~Xbox=;=&|\
2df~>F-locator~>?=V[a|\
2dg~>F!H~>?=V!P|\
2dh~>F-loc$F~>?=V[a$H|\
2di~>F$k$F~>?=V[a$H|\
2dj~lv-frontpanel~|\
2dk~stm-pproc~stm_@-=%+(=#=$!+*f= #3 aZ^$B #$stm_@-#$.|\
2dk~stm_@-~|\
2dl~$#-lv~|\
2dm~$#<D~|\
2dn~$#;_~|\
2do~itm-mccs~|\
2dp~pcihreq~|\
2dq~jdl-dbkitchen~|\
2dr~asoki-sma~|\
2ds~xdtp~8U<}+*+&|\
2dt~ptk-alink~ParaTek^= Linking|\
2du~stss~Senforce*z+)|\
2dv~1ci-smcs~1Ci!*8c|\
2dx~*X-center~Jiiva]d!k|\
2dy~*X%f~Jiiva]d+2|\
2dz~panasas~PanasasZI=&|\
2e0~$4-aps~^` Print!*<z|\
2e1.4~itu-bicc-stc~ITU-T Q.1902.1/Q.2150.3|\
2e2~umm<{~+I*j*e|\
2e3~chmd~CHIPS#-[c!5|\
2e4~opcon-xps~|\
2e5~hp-pxpib~HP PolicyXpert PIB!*|\
2e6~slslavemon~SoftlinK Slave Mon<z|\
2e7~autocuesmi~;; SMI+&|\
2e8.1~autocuelog~;; Logger+&|\
2e8.2~autocuetime~;;==*d|\
2e9~*/~|\
2ea~*/=,~|\
2eb~business~[&+'|\
2ec~geolocate~Geolocate+'|\
2ed~personnel~Personnel+'|\
2ee~sim*l~simulator*k=&|\
2ef~wsynch~#fZx+)|\
2eg~ksysguard~KDE!. Guard|\
2eh~cs=6$m~CS-Authenticate</<z|\
2ei~ccmad~CCM AutoDiscover|\
2ej~@);5~|\
2ek~@)[)~|\
2el~@)-jserv~|\
2em~pkagent~|\
2en~d2000kernel~D2000;N<z|\
2eo~d2000webserver~D2000 Webserver<z|\
2ep.1~pcmk!@~#C pacemaker!D (# )*f extends@d availability functionality]1#5$O Linux[- into!D{S.|\
2eq~vtr-emulator~MTI VTR+U=&|\
2er~edix~EDI Translation+&|\
2es~}N<{~|\
2et~a13#V~#!Y5|\
2ev~ctx?B~CTX!_<z|\
2ew~$4-aas~^`$K!*<z|\
2ex~netport#b~NetPortY4<z|\
2ey~icpv2~|\
2ez~netbookmark~|\
2f0~ms-rule!Y~+-+C Rule!7!G*d|\
2f1~prism-deploy~Prism;y=/<z|\
2f2~ecp~Yn Code+&|\
2f3~peerbook<{~|\
2f4~grubd~Grub!*<z|\
2f5~rtnt-1~# =([I|\
2f6~rtnt-2~# =([I|\
2f7~incognitorv~Incognito Rendez-Vous|\
2f8~ariliamulti~Arilia Multiplexor|\
2f9~vmodem~|\
2fa~rdc-wh-eos~|\
2fb~seaview~|\
2fc~tarantella~|\
2fd~csi-lfap~|\
2fe~bears-02~|\
2ff~rfio~|\
2fg~nm=m^A~;A=I,_|\
2fh~nm=m!/~;A=I!*|\
2fi~nm-asses^A~;A+i,_|\
2fj~nm-assessor~;A+i|\
2fk~feitianrockey~FeiTian<z|\
2fl~s#)!<<{~S#)Cargo!1<z|\
2fm~ccmrmi~ON%7+2|\
2fn~jpegmpeg~JpegMpeg<z|\
2fo~indura~InduraYE|\
2fp~lsa=A~LSA Communicator|\
2fq~stvp~SmashTV+&|\
2fr~navegaweb<{~NavegaWeb Tarification|\
2fs~tip$v!/~TIPZ_!*|\
2ft~doc1lm~DOC1*h*e|\
2fu~sflm~|\
2fv~res-sap~|\
2fw~imprs~|\
2fx~newgenpay~Newgenpay!7*d|\
2fy~sossecollector~=w Spotlight Out-Of]6YE|\
2fz~nowcontact~Now]Q!`!*|\
2g0~poweronnud~Now Up#<-Date!`!*|\
2g1~YP#L~|\
2g2~YP-asn~|\
2g3~YP-gf~|\
2g4~YP$?~|\
2g5~YP-icc~|\
2g6~armi!/~|\
2g7~t1-e1-over#>~|\
2g8~ars;5~|\
2g9~phonex<{~Phonex+&|\
2ga~radclientport~Radiance UltraEdge<z|\
2gb~h2gf-w-2m~H2GF W.2m Handover@i.|\
2gc~mc-brk$P~&$!=!*|\
2gd~bmcpatrolagent~|\
2ge~bmcpatrolrnvu~#H;,8q|\
2gf~cops$N~|\
2gg~apogeex<{~|\
2gh~smpppd~SuSE>S PPPD|\
2gi~iiw<{~IIW*q=/<z|\
2gj~odi<{~$[;(;{<z|\
2gk~brcm=A<{~Broadcom<z|\
2gl~pcle-infex~Pinnacle%X InfEx<z|\
2gm~<a^M~]<^F|\
2gn~<a-sslproxy~]<$H^F|\
2go~firemonrcc~FireMon Revision*g|\
2gp~spandataport~|\
2gq~magbind~Rockstorm MAG+'|\
2gr~ncu-1~!2*g=Z|\
2gs~ncu-2~!2*g=Z|\
2gt~*:-dp-s~?]!4+&!*|\
2gu~*:-dp-c~?]!4+&!1|\
2gv~dmod-workspace~|\
2gw~tick<{~Press-sense Tick<z|\
2gx~cpq-tasksmart~|\
2gy~intraintra~|\
2gz~8]$l~!2]r*q|\
2h0~8]#B~!2]r#n!0|\
2h1~isns~iSNS!*<z~4171|\
2h2~ironmail~IronMail POP^F|\
2h3~vx=6<{~!],p<z|\
2h4~pfu-prcallback~|\
2h5~netwkpathengine~HP+p*i>T!7!*|\
2h6~flamenco^M~Flamenco+;^F|\
2h7~avsecuremgmt~!y!38c|\
2h8~surveyinst~}D8y|\
2h9~neon24x7~NEON 24X7 Mission*g|\
2ha~jmq;3-1~JMQ!5<z 1|\
2hb~jmq;3-2~JMQ!5<z 2|\
2hc~ferrari-foam~Ferrari electronic FOAM|\
2hd~unite~*(#7 #% TelecomZh|\
2he~smartpackets~#I,Q|\
2hf~wms-messenger~|\
2hg~xnm$F~XML NM=!$H|\
2hh~xnm{b-text~XML NM=!$I|\
2hi~glbp~?c>RYy Pr|\
2hj~digivote~#! (R) Vote!a|\
2hk~aesY;~AESY4<z|\
2hl~fcip<{~FCIP~3821|\
2hm~isi-irp~ISI Industry++ IRP|\
2hn~dwnmshttp~ZR<-!*|\
2ho~dwmsgserver~ZR MSG!*|\
2hp~`w-cd<{~|\
2hq~sftdst<{~[s Distributor<z|\
2hr~vidigo~VidiGo,[ (previous was#* DeltaYA;))|\
2hs~mdtp~MDT=&~6513|\
2ht~whisker~WhiskerControl@f=&|\
2hu~alchemy~Alchemy!*|\
2hv~mdap<{~|\
2hw~+g-ts~+f=:!*|\
2hx~+g-tps~+f=: Packet Sequencer|\
2hy~+g#L~+f+T!*|\
2hz~+g-ui~+f=/Y5|\
2i0~triomotion~Trio Motion*g<z|\
2i1~sysorb~SysOrb8f!*|\
2i2~sdp#b<{~!g Description#a|\
2i3~timelot~Timelot<z|\
2i4~onesaf~|\
2i5~vieo-fe~VIEO;L Executive|\
2i6~dvt!x~DVT S#-STEM@Q|\
2i7~dvt=)~DVT DATA LINK|\
2i8~procos#2~|\
2i9~ssp~State>)+&|\
2ia~hicp~HMS hicp=&|\
2ib~sysscanner~|\
2ic~dhe~#!=&|\
2id~pda=)~|\
2ie~pda%j~PDA!.|\
2if~semaphore~Semaphore8e<z|\
2ig~}U^>~`g RPM^=<z|\
2ih~}U!/~`g RPM!*<z|\
2ii~ivecon<{~Ivecon!*<z|\
2ij~epncdp2~Epson*i!V Devi|\
2ik~iscsi?M~iSCSI=&~7143|\
2il~Y2~|\
2im~necp~|\
2in~ecolor-imager~E-Color8d Imager|\
2io~ccmail~cc#*mail/lotus|\
2ip~altav!R~|\
2iq~ns$k!/~|\
2ir~#=-dial<C~|\
2is~<l-gc~+-;*[[|\
2it~<l-gc$F~+-;*[[=E>P/#8|\
2iu~verismart~|\
2iv~csoft-prev~CSoft Prev<z|\
2iw~user[/~!A=/*e|\
2ix~sxmp~^E8t Multiplexed+&|\
2iy~*R!/~|\
2iz~samd~|\
2j0~maxim-asics~|\
2j1~awg^M~|\
2j2~lkcmserver~|\
2j3~}I~|\
2j4~vs!/~|\
2j5~sysopt~|\
2j6~datusorb~|\
2j7~#K-assistant~|\
2j8~4talk~|\
2j9~plato~|\
2ja~e$G~|\
2jb~directvdata~|\
2jc~cops~|\
2jd~enpc~|\
2je~caps#2~CAPS LOGISTICS TOOLKIT -#o|\
2jf~sah#2~S A Holditch #%8r -#o|\
2jg~cart-o-rama~|\
2jh~fg-fps~|\
2ji~fg-gip~|\
2jj~dyniplookup~![#7;O|\
2jk~rib-slm~Rib*h*e|\
2jl~cytel#2~Cytel*h*e|\
2jm~deskview~|\
2jn~pdrncs~|\
2jo.1~ceph~Ceph]0|\
2jp~tarantool~Tarantool#A-memoryYf+]|\
2jq~mcs-fastmail~|\
2jr~&)>d~OP*z!1|\
2js~&)=N~OP*z!*|\
2jt~}i-ftp~~5024|\
2ju~=y~|\
2jv~&)-prxy~OP*z^F|\
2jw~tns!/~|\
2jx~tns-adv~|\
2jy~dyna-access~|\
2jz~mcns-tel-ret~|\
2k0~appman!/~Z,8c!*|\
2k1~uorb~>A!;!=|\
2k2~uohost~>A!;=8|\
2k3~cdid~|\
2k4~aicc-cmi~|\
2k5~vsaiport~|\
2k6~ssrip~Swith#4 Swith*tZ`+&|\
2k7~sdt%@~SDT*h*e|\
2k8~officelink2000~|\
2k9~vnsstr~|\
2ke~sftu~|\
2kf~bbars~|\
2kg~egptlm~Eaglepoint*h*e|\
2kh~hp;4='~|\
2ki~mcs-calypsoicf~|\
2kj~mcsYk~|\
2kk~mcs-mailsvr~MCS=<!*|\
2kl~#x-notes~|\
2km~;D$n~^Z$: Webcasting|\
2kn~;D>n~^Z$:++]-|\
2ko~;D-tick~^Z$: Tickers|\
2kp~;D-catlg~^Z$:<}[[|\
2kq~%H-b~OMF=( b|\
2kr~%H-l~OMF=( l|\
2ks~%H-m~OMF=( m|\
2kt~%H-h~OMF=( h|\
2ku~webtie~|\
2kv~ms[A$G~|\
2kw~bnt[/~|\
2kx~influence~|\
2ky~trnsprntproxy~|\
2kz~phoenix$x~|\
2l0~pangolin-laser~|\
2l1~chevinservices~|\
2l2~findviatv~|\
2l3~btrieve~Btrieve=&|\
2l4~ssql~Scalable$X|\
2l5~fatpipe~|\
2l6~suitjd~|\
2l7~*R{f~|\
2l8~upnotifyps~|\
2l9~adtech=q~Adtech=:#7|\
2la~mpsysrmsvr~|\
2lb~wg-netforce~|\
2lc~kv!/~|\
2ld~kv^>~|\
2le~dj<<~|\
2lf~%x-vi!/~|\
2lg~,l~|\
2lh~,V~|\
2li~,k~Creative Partner|\
2lo~tip2~|\
2lp~lavenir#2~Lavenir*h*e|\
2lq~cluster='~|\
2lr~vsnm^>~|\
2ls~cdbroker~|\
2lt~cogsys#2~Cogsys*i*h*e|\
2lu~wsicopy~|\
2lv~socorfs~|\
2lw~#`&U~|\
2lx~geneous~|\
2ly~;#-neat~!A*i Enhanced Antitheft&J|\
2lz~esp#2~YB+++r*h*e|\
2m0.1~hp@{~Cluster8c+)|\
2m0.2~hp@{~[k8c|\
2m1~qnxnetman~|\
2m2.1~<f=)~|\
2m2.2~<f-sig~|\
2m3~backroomnet~|\
2m4~cbserver~|\
2m5~ms-wbt!/~|\
2m6~dsc~8k*d,!|\
2m7~savant~|\
2m8~efi#2~EFI*h8c|\
2m9~d2k-tapestry1~D2K&E!1#4!*|\
2ma~d2k-tapestry2~D2K&E!*#4!*|\
2mb~dyna#2~Dyna*h*e (Elam)|\
2mc~;H^>~;B^==%+(=#=$!+*f= #3 aZ^$B #$;H_=?#$.|\
2mc~;H_=?~|\
2md~*2#2~Cloanto*h*e|\
2me~mercantile~|\
2mf~csms~|\
2mg~csms2~|\
2mh~filecast~|\
2mi~fxaengine$G~FXa!7*i<z|\
2ml~nokia-ann-ch1~Nokia,@ ch 1|\
2mm~nokia-ann-ch2~Nokia,@ ch 2|\
2mn~%J^A~LDAP`'!,=&|\
2mo~BESApi~BES Api<z|\
2mp~networklens~ZW^D<z|\
2mq~networklenss~ZW$H^D|\
2mr~biolink=6~BioLink Authenteon!,|\
2ms~xmlblaster~|\
2mt~svnet~SpecView8p|\
2mu~wip<{~BroadCloud WIP<z|\
2mv~bcinameservice~|\
2mw~commandport~AirMobile IS*u<z|\
2mx~<a~]<=9 translation|\
2my~rnmap~^? nmap|\
2mz.1~Y+~Isogon8+|\
2mz.2~Y+~ISogon8+|\
2n0~ifcp<{~iFCP=/<z~4172|\
2n1~bmap~Bull Apprise portmapper|\
2n2~rusb%j<{~^? USB!.<z|\
2n3~xtrm~!&+ZY8|\
2n4~xtrms~!&=!$D/#8|\
2n5~agps<{~AGPS!0<z|\
2n6~arkivio~Arkivio*w+&|\
2n7~websphere>8~|\
2n8~twcss~2Wire CSS|\
2n9~gcsp~#!>/=&|\
2na~ssdispatch~Scott Studios Dispatch|\
2nb~$4-als~^`*h!*<z|\
2nc~osdcp~^C!4+&|\
2nd~opnet<H~OPNET*d8c+7|\
2ne~opencm~OpenCM!*|\
2nf~pacom~Pacom+.=/<z|\
2ng~gc!H~GuardControl+0+&|\
2nh~autocueds~;;Y7*d|\
2ni~spiral^A~Spiralcraft^@|\
2nj~hri<{~HRIY5<z|\
2nk~ans:)~Net](=W*v|\
2nl~;l!<~OC[*!1|\
2nm~;l!/~OC[*!*|\
2nn~ov-nnm-websrv~['*i=g*e WEB!*|\
2no~denali!/~|\
2np~monp~>>!;*i+&|\
2nq~3comfaxrpc~%A FAX$V=&|\
2nr~directnet~DirectNet IM!.|\
2ns~dnc<{~+c$C$W!P|\
2nt~hotu>1~|\
2nu~castorproxy~|\
2nv~asam~#!+)|\
2nw~sabp?K~SABP-Signalling+&|\
2nx~pscupd~PSC!G|\
2ny~mira~=a!-!0+&|\
2nz~prsvp~%p<z|\
2o0~vat~#![e=(|\
2o1~vat*l~VAT[e*k|\
2o2~d3winosfi~|\
2o3~integral~TIP Integral|\
2o4~#y[/~EDM Manger|\
2o5~#y-stager~|\
2o6~#y-std;6~|\
2o7~#y%_;6~|\
2o8~#y$d=>~|\
2o9~#y$d{e~|\
2oa~workflow~|\
2ob~rcst~|\
2oc~ttcmremotectrl~TTCM!- Controll|\
2od~pluribus~|\
2oe~jt400~|\
2of~jt400$F~|\
2og~,;-1~JAUGS N-G]f 1|\
2oh~,;-2~JAUGS N-G]f 2|\
2oi~ttntspauto~TSP8h|\
2oj~genisar<{~Genisar=@<z|\
2ok~nppmp~NVIDIA=W+&|\
2ol~ecomm~eComm>,=&|\
2om~$h~!gYJ8-$B$i (#!)=&~8489|\
2om.1~turn~#!=!$I~8656|\
2om.2~turn~#!=!$L~8656|\
2om.1~$h&S~%F+jY4=!$I~5780|\
2om.2~$h&S~%F+jY4=!$L~5780|\
2on~twrpc~2Wire$V|\
2oo~plethora~^C*r Workspace|\
2op~cleanerliverc~CleanerLive!D ctrl|\
2oq~vulture~Vulture8f!.|\
2or~slim-devices~Slim[3+&|\
2os~gbs-stp~GBS SnapTalk+&|\
2ot~celatalk~|\
2ou~ifsf-hb<{~IFSFY}<z|\
2ov.1~ltctcp~LISA$I+**p|\
2ov.2~ltcudp~LISA$L+**p|\
2ow~fs-rh$P~FS!-=8!*|\
2ox~dtp-dia~|\
2oy~colubris~Colubris8c<z|\
2oz~swr<{~|\
2p0~tvdumtray<{~|\
2p1.1~nut~!2%:`&~9271|\
2p1.2~nut~!2%:`&|\
2p2~ibm3494~|\
2p3~:x$M~,W=!%[|\
2p4~:x$N~,W=! tls|\
2p5~ipether232port~|\
2p6~dashpas<{~DASHPAS>/=&|\
2p7~sccip{k~|\
2p8~rtmp<{~|\
2p9~isoft$w~|\
2pa~avinstalldisc~!y[`Y4|\
2pb~lsp=o~<X LSP>i<z~8029|\
2pc~ironstorm~IronStorm=;!,|\
2pd~ccmcomm~CCM,q=&|\
2pe~#?-3506~|\
2pf~nesh!b~Nesh!=<z|\
2pg~interactionweb~|\
2ph~vt$F~!E`Q$H<z|\
2pi~xss<{~|\
2pj~;t-2~|\
2pk~aztec~Aztec,=<z|\
2pl~arcpd~?O!-+&|\
2pm~must$w~MUST=0#4=0|\
2pn~must-backplane~|\
2po~Y*<{~|\
2pp~#)02-11-iapp~<T #)02.11 WLANs WG IAPP|\
2pq~artifact%(~Artifact*j!*|\
2pr.1~nvmsgd~;fYT<z|\
2pr.2~galileo~;f]X<z|\
2ps~galileolog~;f]X%#<z|\
2pt~mc3ss~Telequip>Q MC3SS|\
2pu~nssocketport~DO=! NSSocketPort|\
2pv~odeumservlink~Odeum Serverlink|\
2pw~ecmport~ECM!*=&|\
2px~eisport~EIS!*=&|\
2py~starquiz<{~|\
2pz~beserver%(-q~!I!6>L!*|\
2q0~jboss=M~|\
2q1~jboss=M$F~|\
2q2~gf~$o Friendly|\
2q3~joltid~|\
2q4~raven-rmp~>@!-8c*g|\
2q5~raven-rdp~>@!-8c<}|\
2q6~urld<{~URL!5<z|\
2q7~ms-la~|\
2q8~snac~|\
2q9~ni-visa!@~^? NI-VISA=&|\
2qa~#=?D~#6Y7!*|\
2qb~#=?D$F~#6Y7!*$H|\
2qc~pnrp<{~PNRP=/<z|\
2qd~voispeed<{~|\
2qe~$f[L~HA[-]0|\
2qf~{!?F~{!;O<z|\
2qg~teredo~Teredo<z~4380|\
2qh~camac~#! equipment|\
2qj~:}-sim~|\
2qk~interworld~|\
2ql~tellumat%d~Tellumat MDR<-|\
2qm~ssmpp~^C SMPP|\
2qn~apcupsd~ApcupsdZ`<z|\
2qo~taserver~TeamAgenda!*<z|\
2qp~rbrY;~Red Box Recorder ADP|\
2qq~questnotify~=w,<!*|\
2qr~razor~Vipul's Razor|\
2qs~skyYX~SkyY6+&|\
2qt~personalos-001~PersonalOS=@<z|\
2qu~mcp<{~MCP>/=&|\
2qv~cctv<{~CCTV*k=&|\
2qw~iniserve<{~|\
2qx~#;-onekey~|\
2qy~sdbproxy~|\
2qz~watcomdebug~|\
2r0~esimport~Electromed SIM=&|\
2r1.5~m2pa~~4165|\
2r2.1~>G=)-hub~|\
2r3~dof-eps~DOF+&`O|\
2r4~dof!R$T~DOF!3!>|\
2r5~mbg=B~Meinberg*g*d|\
2r6~mccwebsvr<{~MCC$E!*<z|\
2r7~megardsvr<{~MegaRAID!*<z|\
2r8~megaregsvrport~Z{!*<z|\
2r9~tag-ups-1~&^^U%:^]|\
2ra.1~dmaf!/~|\
2ra.2~dmaf-caster~|\
2rb~ccm<{~:> CCM<z|\
2rc~cmc<{~:> CMC<z|\
2rd~config<{~,J<z|\
2re~$}<{~|\
2rf~ttat3lb~Tarantella>RYy|\
2rg~%x-svrloc~NATI-ServiceLocator|\
2rh~kfxaclicensing~Ascent] YG|\
2ri~press~PEG PRESS!*|\
2rj~canex{y~CANEX{L!.|\
2rk~u-dbap~U-DBase!0+&|\
2rl~*;-lls~Emprise*h!*|\
2rm~*;-lsc~?m!**v|\
2rn~p2pgroup~<Y#4=0 Grouping|\
2ro~]H~[r!*|\
2rp~isomair~|\
2rq~wv%=%g~WV<)$j]M|\
2rr~}^!/~?k G{_!*|\
2rs~}^-ne~?k G{_ NE<z|\
2rt~bpmd~BP`$+k|\
2ru~mediaspace~|\
2rv~shareapp~|\
2rw~iw-mmogame~Illusion+P MMOG|\
2rx~a14~#! (AN#<-SC/MM)|\
2ry~a15~#! (AN#<-AN)|\
2rz~quasar!/~Quasar8w!*|\
2s0~<#;3~text`*-answer|\
2s1~visinet%?~|\
2s2~infiniswitchcl~InfiniSwitch%5!1|\
2s3~int-rcv{e~YY Rcvr*g|\
2s4~#;<=<{~|\
2s5~}T$>~ComCam IO<z|\
2s6~Y,~&p!*|\
2s7~;G-i3~|\
2s8~trendchip<8~Trendchip*k+'|\
2s9~cpdi-pidas#q~CPDI PIDAS8e Mon|\
2sa~echonet~|\
2sb~six-degrees~Six Degrees<z|\
2sc~dataprotector~Micro{3<}8(|\
2sd~alaris='~Alaris!4Y4|\
2se~sigma<{~Satchwell Sigma|\
2sf~start[M~StartY8*i|\
2sg~cd3o+B~cd3o*g+&|\
2sh~sharp!/~ATI SHARP Logic!7|\
2si~*)-1~AAIR]5 1|\
2sj~*)-2~AAIR]5 2|\
2sk~ep-pcp~>< Projector*g<z|\
2sl~ep-nsp~><*i Screen<z|\
2sm~ff-lr<{~FF$bZ><z|\
2sn~haipe+`~HAIPIS[#Y4|\
2so~dist-upgrade~8k]p<z|\
2sp~volley~|\
2sq~bvcdaemon<{~bvControl!5|\
2sr~jamserverport~|\
2ss~ept]9~EPT[cY5|\
2st~escvpnet~|\
2su~cs!@#B~C#%S!-+,<z|\
2sv~cs+a~C#%S$E+)<z|\
2sw~distcc~distributed compiler|\
2sx~wacp~Wyrnix AIS=&|\
2sy~hlibmgr~hNTSP[$*e|\
2sz~sdo~^EZc*y|\
2t0~servistaitsm~|\
2t1~scservp~:A*d<z|\
2t2~ehp!v~EHP!6+&|\
2t3~xap-ha~Yn8h|\
2t4~*M^s~|\
2t5~*M`2~|\
2t6~juxml<{~JuxmlZb=&|\
2t7~audiojuggler~|\
2t8~ssowatch~|\
2t9~cyc~|\
2ta~xss$P<{~XSS!*<z|\
2tb~Y,$'~&p*m|\
2tc~fjcp~!A Cooperation<z|\
2td~nmmp~Nishioka Miyuki<,+&|\
2te~prismiq?J~PRISMIQ VOD plug#R|\
2tf~xrpc+Q~|\
2tg~vxcrnbuport~VxCR NBU*x<z|\
2th~tsp~Tunnel{D+&~5572|\
2ti~vaprtm~VAP&AYT|\
2tj~abatemgr~ZO>L^=|\
2tk~abatjss~ZO$a Scheduler|\
2tl~immedianet-bcn~ImmediaNet;&|\
2tm~ps-ams~PlayStation AMS (^C)|\
2tn~>B-sasl~|\
2to~$/-nds$F~#6!rY7*d^J$H|\
2tp~$/?E$F~#6!rY7*d^J$H|\
2tq~pserver~|\
2tr~dtp~DIRECWA#-!>+&|\
2ts~ups!Y~UPS!7<z|\
2tt~ent!Y~YB!7<z|\
2tu.1~*<-pap~#6 eServer PAP|\
2tu.2~*<-pap~#6 EServer PAP|\
2tv~infoexch~#6Z`+0|\
2tw~dell$?<{~%B!-8c|\
2tx~casanswmgmt~CA SAN;W8c|\
2ty~smile~#!$I/UDPY5|\
2tz~efcp~e{1*g (EIBnet)|\
2u0~lispworks-orb~|\
2u1~mediavault%?~Openview^W^^<*|\
2u2~wininstall-ipc~WinINSTALL$t<z|\
2u3~calltrax~CallTrax<}<z|\
2u4~va-pacbase~VisualAge Pacbase!,|\
2u5~roverlog~RoverLog$t|\
2u6~ipr-dglt~DataGuardianLT|\
2u7~newton-dock~|\
2u8~npds:6~|\
2u9~bts-x73~BTS X73<z|\
2ua~cas-mapi~#I,Q-MAPI|\
2ub~#;-ea~#H EDV/EA|\
2uc~faxstfx<{~FAXstfX|\
2ud~dsx^>~DS;K^=|\
2ue~tnmpv2~;i*i8c|\
2uf~^{=^~|\
2ug~^{=^-s~^{=^!3|\
2uh~daap~!Z^j!0+& (iTunes)|\
2ui~svn~Subversion|\
2uj~magaya[M~Magaya*i<z|\
2uk~intelsync~Brimstone IntelSync|\
2ul.1~easl~&fYx Structure Lockdown!.|\
2un~#;=)@}~#H<}8s|\
2uo~telnetcpcd~Telnet Com<z*g|\
2up~nw]8~NavisWorks*h!.|\
2uq~sagectlpanel~|\
2ur~kpn-icw~[!=2 Waiting|\
2us~lrs?H~LRS NetPage|\
2ut~netcelera~|\
2uu~wsY;~#f*dY4|\
2uv~8v-3~|\
2uw~8v-4~|\
2ux~8v-5~|\
2uy~rt^r~%-@t^D<z|\
2uz~rt^r-s~%-@t^D!3<z|\
2v0~#9#L`^~#:$R</ -? |\
2v1~ca-idms~#!!*|\
2v2~portgate=6~PortGate,p|\
2v3~edb:3~EBD!* 2|\
2v4~]H-ent~[r8d|\
2v5~tftps~TFTP=!$D|\
2v6~delos-dms~DELOS;)Y8|\
2v7~anoto-rendezv~Anoto8q<z|\
2v8~wv%=%g-cir~WV<)$j CIR*p|\
2v9~wv%=$J-cir~WV<)$L/IP CIR*p|\
2va~opus+a~OPUS!*<z|\
2vb~itelserverport~|\
2vc~ufastro-instr~UF Astro. Instr.+)|\
2vd~xsync~|\
2ve~xserveraid~|\
2vf~sychrond~Sychron*d!5|\
2vg~blizwow~=Q#5 Warcraft|\
2vh~na-er-tip~Netia NA-ER<z|\
2vi~array[/~Xyratex`F*e|\
2vj~e-mdu~:D!K<}=Z|\
2vk~e-woa~:D$E#D<&|\
2vl~fksp`,~Fireking^T<z|\
2vm~`;=B~^u*g|\
2vn~smap~!:*e|\
2vo~m-wnn~`7 Wnn|\
2vp~multip%(~Multipuesto<,<z|\
2vq~synel=)~Synel<}8s<z|\
2vr~pwdis~[p,=|\
2vs~rs%+~RealSpace%7|\
2vt.1~xpanel~XPanel!5|\
2vu~versatalk~versaTalk!*<z|\
2vv~launchbird#2~Launchbird LicenseManager|\
2vw~heartbeat~Heartbeat+&|\
2vx~wysdma~WysDM^=|\
2vy~cst<{~CST -,Z #%*d]n|\
2vz~ipcs-command~IP*g*n%U.|\
2w0~sasg~|\
2w1~gw-call<{~GWRTC=2<z|\
2w2~:n~LXPRO.COM&9|\
2w3~:n-s~LXPRO.COM&9$H|\
2w4~webdata~|\
2w5~cimtrak~|\
2w6~cbos#><{~CBOS/IP ncapsalation=&|\
2w7~<f-cube~:?@E Cube|\
2w8~vipremoteagent~Vigil#p RemoteAgent|\
2w9~nattyserver~NattyServer<z|\
2wa~timestenbroker~TimesTen!=<z|\
2wb~sas!@-hlp~SAS!- Help!*|\
2wc~=R-capt~=O CAPT<z|\
2wd~grf<{~GRF!*<z|\
2we~apw+Q~apw%7+^|\
2wf~exapt^.~Exapt*h*e|\
2wg~adtempusclient~|\
2wh~gsakmp~# =&~4535|\
2wi~gbs<H~GBS SnapMail+&|\
2wj~xo=r~XO Wave*g<z|\
2wk~mni>5-rout~MNI Protected*t|\
2wl~rtraceroute~^?ZC|\
2wm.1~Y)-s~#8 e{y sitewatch!,|\
2wn~listmgr<{~|\
2wo~rblcheckd~# !,!O|\
2wp~haipe-otnk~HAIPE*i Keying|\
2wq~cindycollab~Cinderella,d|\
2wr~paging<{~#e;R<z|\
2ws~ctp~Chantry!>+&|\
2wt~ctdhercules~|\
2wu~zicom~|\
2wv~ispmmgr~ISPM*e<z|\
2ww~dvcprov<{~`h,F<z|\
2wx~jibe-eb~Jibe EdgeBurst|\
2wy~c-h-it<{~Cutler-Hammer IT<z|\
2wz~cognima~CognimaZb|\
2x0~nnp~Nuzzler*i+&|\
2x1~abcvoice<{~ABCvoice!,=&|\
2x2~#i-tp0s~^C ISO TP0=&|\
2x3~bim-pem~Impact%5./PEM*m|\
2x4~bfd*l~BFD*g+&~5881|\
2x5~bfd>i~BFD@A+&~5881|\
2x6~upstriggervsw~VSW Upstrigger=&|\
2x7~fintrx~|\
2x8~isrp<{~:S*t=&|\
2x9~remotedeploy~RemoteDeploy,n<z #/July 2003#0|\
2xa~quickbooksrds~|\
2xb~tvnetworkvideo~TV NetworkVideo<}=&|\
2xc~Y)~e-WatchZd SiteWatch|\
2xd~dcsoftware~DataCore++|\
2xe~jaus~#! Robots|\
2xf~myblast~myBLAST Mekentosj=&|\
2xg~spw-dialer~Spaceway Dialer|\
2xh~idps~|\
2xi~minilock~|\
2xj~{#-dynauth~}:[#,`~3576|\
2xk~pwgpsi~Print+)Y5|\
2xl~#=$d~#=[.*f|\
2xm~vhd~|\
2xn~soniqsync~|\
2xo~iqnet<{~}* IQNet<z|\
2xp~tcpdataserver~ThorGuard!*<z|\
2xq~wsmlb~^?!.*e|\
2xr~spugna~SpuGNA,Y<z|\
2xs~#9#L`^-ca~#:$R</-IIOPClntAuth|\
2xt~apocd~<V[(!.,Z^=|\
2xu~wlanauth~WLAN AS!,|\
2xv~amp~|\
2xw~neto-wol!/~|\
2xx~$5#>~RhapsodyY5+&|\
2xy~neto-dcs~|\
2xz~lansurveyorxml~|\
2y0~sunlps=,~#:`# Patch!*|\
2y1~tapeware~#-osemite@Z Tapeware|\
2y2~crinis-hb~CrinisY}|\
2y3~epl<G~EPL Sequ^V+&|\
2y4~scp~*! AuD SCP|\
2y5~pmcp~ATSC PMCP+O|\
2y6~#vY;~;a=hY4|\
2y7~#v-conduit~;a=h Conduit|\
2y8~#v;8~;a=h!o|\
2y9~ffserver~Antera FlowFusion[G Simulation|\
2ya~warmux~WarMUX=;!,|\
2yb~netmpi~[n*n MPI*f|\
2yc~neteh~[n*n^D[F|\
2yd~neteh-ext~[n*n^D[F+n|\
2ye~cernsysmgmtagt~Cerner!.8c^=|\
2yf~dvapps~DocsvaultZ_*d|\
2yg~xxnetserver~|\
2yh~aipn=6~AIPN LS,p|\
2yi~spectardata~*$<}?-*d|\
2yj~spectardb~*$+, Rights*d|\
2yk~markem<8~}. NEXTGEN DCP|\
2yl~mkmY;~}.@9-Discovery|\
2ym~sos~Scito!;!*|\
2yn~$.-rms~AMX+38c^]|\
2yo~flirtmitmir~$8.FlirtMitMir.de|\
2yp.1~:z#B$m~ShipRush+,!*|\
2yq~nhci~#!!X=&|\
2yr~>G^>~=w!V^=|\
2ys~rnm~|\
2yt~v-one-spp~V-ONE Single<z^F|\
2yu~an-pcp~Astare*i PCP|\
2yv~%K*l~MS+>*g|\
2yw~item~IT Environmental*q|\
2yx~spw-dnspreload~:S%! Preload|\
2yy~qtms-bootstrap~QTMSYD+&|\
2yz~spectraport~SpectraTalk<z|\
2z0~sse$v!H~SSE$R,Z|\
2z1~sscan~SON#-&Q+'|\
2z2~stryker%<~Stryker=@<z|\
2z3~opentrac~|\
2z4~informer~|\
2z5~<#<{~|\
2z6~<#<{-mom~|\
2z7~nav<{~Navini<z|\
2z8~sasp~^N/Z, State+& (#!)|\
2z9~Y2-hd~winShadow=8Y4|\
2za~giga-pocket~|\
2zb.1~$r$M~$r%[=&|\
2zb.2~$r$J~$r udp=&~5352|\
2zb.4~$r>7~~5352|\
2zc.1~$r$M$N~$r/tls%[=&~5352|\
2zc.4~$r>7$N~~5352|\
2zd~xpl~# ZD+'|\
2ze~dzdaemon~#:{@ D#.DAEMON<z|\
2zf~dzoglserver~#:{@ D#.OGLSERVER<z|\
2zg.1~:e~|\
2zg.4~:e~~3588|\
2zh~ovsam=-~hp{: MgmtServer{.|\
2zi~ovsam-d^>~hp{: HostAgent{.|\
2zj~*,-adsap~!y#U,`|\
2zk~oem^>~|\
2zl~fagordnc~|\
2zm~sixxsconfig~SixXS,Z|\
2zn~pnbscada~|\
2zo~dl^>~,}^==%+(=#=$!+*f= #3 aZ^$B #$dl_=?#$.|\
2zo~dl_=?~,}^=|\
2zp~xmpcr8<~XMPCRY5<z|\
2zq~fotogcad~FotoG CADY=|\
2zr~appss#2~appss[5[.|\
2zs~igrs~|\
2zt~idac~$ZZj$C*g|\
2zu~msdts1~DTS*d<z|\
2zv~vrpn~VR Peripheral*i|\
2zw~softrack-meter~SofTrack Metering|\
2zx~*a$F~|\
2zy~neiZM~NEI8g=&|\
2zz~*1=)~?V<}Y6|\
300~*1=_~?V+)|\
301~dandv-tester~D$C V Tester*g<z|\
302~ndsconnect~Niche<}!*[*|\
303~rtc#t<{~^B RTC-PM=&|\
304~pcc{h<{~|\
305~cgi-starapi~CGI StarAPI!*|\
306~<t^>~SyAM^=<z|\
307~<t-smc~SyAm SMC*d<z|\
308~sdo$N~^EZc*y=!$D|\
309~sdo%i~^EZc*y=!%9|\
30a~senip~IAS#($Q. SmartEye NET+6+&|\
30b~itv*l~ITV<z|\
30c~#m-os~*' UDT OS=%+(=#=$!+*f= #3 aZ^$B #$#m_os#$.|\
30c~#m_os~*' UDT OS|\
30d~nimsh~NIM*d[F|\
30e~nimaux~NIMsh Auxiliary<z|\
30f~charsetmgr~|\
30g~omnilink<{~Arnet Omnilink<z|\
30h~mupdate~?p!G (#!)+'~3656|\
30i~topovista=)~TopoVista elevation=(|\
30j~imoguia<{~|\
30k~hppronetman~HP Procurve NetManagement|\
30l~surfcontrolcpa~|\
30m~prnrequest~;B[ <z|\
30n~prnstatus~;B!F<z|\
30o~gbmt-stars~^v&:{E|\
30p~*H<{~ZV<z|\
30q~*H<{-2~ZV<z 2|\
30r~agcat~Auto-Graphics Cataloging|\
30s~wysdmc~WysDM8j|\
30t~aftmux~AFT87=&|\
30u~pktcablemmcops~PacketCableMultimediaCOPS|\
30v~hyperip~|\
30w~exasoftport1~Exasoft#7<z|\
30x~herodotus$G~|\
30y~sor!e~Soronti!G<z|\
30z~symb-sb<{~Symbian*d!=|\
310~mpl-gprs<{~|\
311~zmp~#.oran^W<z|\
312~winport~|\
313~natdataservice~ScsTsr|\
314~netboot-pxe~PXE NetBoot*e|\
315~smauth<{~AMS<z|\
316~<t8?~Syam$E!*<z|\
317~msr?J<{~|\
318~dyn-site~![ Site!.|\
319~plbserve<{~PL/B$R!*=/<z|\
31a~sunfm<{~PL/B=+*e<z|\
31b~sdpZN~SDP<z;P+&|\
31c~mailprox~|\
31d~dvbservdsc~DVB*dY4|\
31e~+h^>~^B83^= po=%+(=#=$!+*f= #3 aZ^$B #$+h_=?#$.|\
31e~+h_=?~^B83^= po|\
31f~aamp~Anti-virusZ_8c<z|\
31g~xecp^1~XeCP=g*d|\
31h~homeportal$n~Home;S$E!*|\
31i~srdp~satellite,H|\
31j~tig~TetraNode Ip*m|\
31k~sops~S-Ops8c|\
31l~emcads~#!!*<z|\
31m~backupedge~BackupEDGE!*|\
31n~ccp~Connect$C*g+&$B Consumer#( Commercial#($CZ$Z![3|\
31o~apdap~Anton Paar!4,n+&|\
31p~drip~![*tZ`+&|\
31q~namemunge~Name Munging|\
31r~pwgippfax~PWG IPP Facsimile|\
31s~i3-sessionmgr~I3*z*e|\
31t~xmlink]7~Eydeas XMLink[*|\
31u~adrep~ADZb$V|\
31v~p2pcommunity~|\
31w~gvcp~GigE;X*g|\
31x~mqe!b~,2!=|\
31y~mqe^>~,2^=|\
31z~treehopper~Tree Hopper8p|\
320~bess~Bess=0Z0|\
321~proaxess~ProAxess!*|\
322~sbi^>~SBI^=+&|\
323~thrp~Teran Hybrid*t+&|\
324~sasggprs~|\
325~ati#>#<-ncpe~`c#7#4 NCPE$K|\
326~bflckmgr~BuildForge Lock*e|\
327~ppsms~PPS*j*d|\
328~ianywhere-dbns~|\
329~landmarks~Landmark+N|\
32a~lanrevagent~|\
32b~lanrevserver~|\
32c~iconp~ict*l+&|\
32d~progistics~ConnectShip Progistics|\
32e~xk22~^? Applicant+<*d|\
32f~airshot~|\
32g~opswagent~^N8h^=|\
32h~opswmanager~Opsware*e|\
32i~^h$k$m~Secured,Z!*|\
32j~smwan~Smith Micro=i=F*i*d|\
32l~starfish~Starfish!.^@|\
32m~eis~$z^b!*|\
32n~eisp~$z^b*d|\
32o~^y-nodemgr~`5*o@g[.|\
32p~^y-mapethd~`5$I/IP!,|\
32q~^y#u-ethd~`5,0!,=%+(=#=$!+*f= #3 aZ^$B #$^y#u_ethd#$.|\
32q~^y#u_ethd~`5,0!,|\
32r~centerline~|\
32s~dcs!H~DCS,Z<z|\
32t~bv-queryengine~[N-Query!7|\
32u~bv-is~[N-IS|\
32v~bv-smcsrv~[N-SMCServer|\
32w~bv#F~[N-DirectoryServer|\
32x~bv^>~[N`+|\
32z~iss=-$F~ISS8c@X$H|\
330~abcsoftware~# -01|\
331~agentsease#B~aes_db|\
332~dnx~8k Nagios&4*d|\
333~nvcnet~}4 distributes&Q*f|\
334~terabase~|\
335~newoak~|\
336~#T^;$=~|\
337~#T^:$=~|\
338~#T-roid~|\
339~#T-pin~|\
33a~#T^;~|\
33b~#T^:~|\
33c~netcheque~NetCheque accounting|\
33d~chimera-hwm~|\
33e~*Z-unidex~|\
33f~altserviceboot~&_*d Boot|\
33g~pda^(~|\
33h~acl[/~|\
33i~taiclock~|\
33j~[2-mcast1~[S^l|\
33k~[2-mcast2~[S^l|\
33l~[2-mcast3~[S^l|\
33m~[2-mcast4~[S^l|\
33n~[2-mcast5~[S^l|\
33o~<#~#!<z|\
33p~nexus;9~|\
33q~dnox~|\
33r~esnm-zoning~ESNM #.oning<z|\
33s~tnp1<{~TNP1=/<z|\
33t~partimage~Partition^b<z|\
33u~as`-~Graphical^[!*|\
33v~bxp~bitxpress|\
33w~dtserver<{~|\
33x~ip-qsig~IP Q88+'|\
33y~jdmn<{~Accell/JSP!5<z|\
33z~suucp~UUCP=!$H|\
340~%M=6<{~!I,`*d|\
341~sanavigator~SANavigator=0<z|\
342~ubxd~Ubiquinox!5|\
343~#G=^=,~#Z=X OTA@p=&|\
344~#G=^^G~#Z=X OTA@p!9|\
345~ravehd~RaveHD*o*k|\
346~fazzt-ptp~Fazzt^X-To{]|\
347~fazzt^A~Fazzt,n|\
348~yo>l~#-o.#K@f*f|\
349~houston~Rocketeer-Houston|\
34a~ldxp~|\
34b~nirp~Neighbour&78{|\
34c~ltp~:G+<+&|\
34d~npp~!2;R+&|\
34e~#v{p~Accounting+&|\
34f~ctp-state~;b+*+&|\
34h~wafs~Wide=F=++)|\
34i~=*-wafs~Wide=F=++)|\
34j~cppdp~=3=0#4=0,=+&|\
34k~interact~VoiceConnect Interact|\
34l~ccu=A-1~& +t,o<z 1|\
34m~ccu=A-2~& +t,o<z 2|\
34n~ccu=A-3~& +t,o<z 3|\
34o~lms~:G*j*d|\
34p~wfm~Servigistics WFM!,|\
34q~kingfisher~Kingfisher+'|\
34r~dlms-cosem~|\
34s~;o-iatc~?Y^k`++**p=%+(=#=$!+*f= #3 aZ^$B #$;o_iatc#$.|\
34s~;o_iatc~?Y^k`++**p|\
34t~ice-location~Ice+/*d (#X)|\
34u~ice-slocation~Ice+/*d (#8)|\
34v~ice;:~Ice+>YJ*d (#X)|\
34w~ice-srouter~Ice+>YJ*d (#8)|\
34x~`p-cdp~`c!V<}=%+(=#=$!+*f= #3 aZ^$B #$`p_cdp#$.|\
34x~`p_cdp~`c!V<}|\
34y~pmas~ZXZe$C+T|\
34z~idp~Z.,=+&|\
350~ipfltbcst~IP FleetYL|\
351~minger~Minger Email[ZZ'*d|\
352~tripe~;i#7Z4 (TrIPE)|\
353~aibkup~Automatically Incremental!6|\
354~zieto^9~#.ieto;V,o|\
355~iRAPP~Z/!-Z_ Pairing+&|\
356~cequint-cityid~Cequint City#a UI:$|\
357~perimlan~ISC^i*j*d|\
358~seraph~Seraph DCS|\
359.2~ascomalarm~Ascom#7 Alarming|\
35a.1~cssp~Coordinated+.*d+&|\
35b~santools~SANtoolsZ3!*|\
35c~`?#R~`4?7;0|\
35d~`?#R$T~`4?7;0 (#8)|\
35e~`?<C~`4]1;0|\
35f~`?<C$T~`4]1;0 (#8)|\
35g.2~fortisphere-vm~Fortisphere VM*d|\
35h.1~ezmessagesrv~E#.News Newsroom*j*d|\
35i.2~ftsync~Firewall/NAT`V`W,y|\
35j.1~applusservice~|\
35k.1~npsp~Noah+?*d+&|\
35l~opencore~OpenCORE!-*g*d|\
35m~omasgport~#N{(*d Guide|\
35n~ewinstaller~ZS Installer|\
35o~ewdgs~ZS DGS|\
35p~pvxpluscs~Pvx>U CS=8|\
35q~sysrqd~sysrq!O|\
35r~xtgui~# Zy*f|\
35s~bre~#! (}!^H[E)|\
35t~patrolview~|\
35u~drmsfsd~|\
35v~dpcp~|\
35w~igo-incognito~IGo Incognito<}<z|\
35x~%s-0~;<+'|\
35y~%s-1~;<+'|\
35z~%s-2~;<+'|\
360~%s-3~;<+'|\
361~shofar~|\
362~synchronite~|\
363~j-ac~JDL8w$b*d|\
364~accel~|\
365~izm~Instantiated #.ero*lY8|\
366~g2tag~G2 RFID TagYV<}|\
367~xgrid~|\
368~>B-vpns-rp~=a<0!*YN+&|\
369~aipn%f~AIPN LS,P|\
36a~jomamqmonitor~|\
36b~cds~#!+*^=|\
36c~Y*$N~|\
36d~hillrserv~Hillr8e*e|\
36e~netscript~[n*n NETscript*f|\
36f~*+-slm~?R%#*e|\
36g.1~minirem~MiniRem!-YV$C*g|\
36h~e-builder~e-BuilderZ_,Y|\
36i~fprams~Fiber;,^i*d|\
36j~z=r~#.>0+&|\
36k~tigv2~Rohill TetraNode Ip*m v2|\
36l~opsview-envoy~|\
36m~ddrepl~$Z!BZb*d|\
36n~unikeypro~NetUniKeyServer|\
36o~nufw~NuFW decision delegation+'|\
36p~nuauth~NuFW,r+'|\
36q~fronet~#![@+'|\
36r~stars~^v&:{E|\
36s~%1-dem~%n!5=%+(=#=$!+*f= #3 aZ^$B #$%1_dem#$.|\
36s~%1_dem~%n!5|\
36t~%1-bootp~%n{*!*=%+(=#=$!+*f= #3 aZ^$B #$%1_bootp#$.|\
36t~%1_bootp~%n{*!*|\
36u~nifty-hmi~NIFT#--Serve HMI+'|\
36v~cl#B-attach~;>>#+,!* Attach|\
36w~cl#B:0~;>>#+,!*[ |\
36x~cl#B!@~;>>#+,!*!-|\
36y~nettest~|\
36z~thrtx~Imperfect+;!*|\
370~`u-fds~}%{4YS!.=%+(=#=$!+*f= #3 aZ^$B #$`u_fds#$.|\
370~`u_fds~}%{4YS!.|\
371~oirtgsvc~:[!*|\
372~oidocsvc~[j!*|\
373~oidsr~[jZb|\
375~vvr*l~|\
376~tgcconnect~TGCConnect;&|\
377~vrxpservman~Multum*d*e|\
378~hhb-handheld~HHB Handheld!1|\
379~agslb~A10 GSLB*d|\
37a~8K-nsa~8K*i Shutdown^=|\
37b~YC-noh~Men #%>$!-*g=%+(=#=$!+*f= #3 aZ^$B #$YC_noh#$.|\
37b~YC_noh~Men #%>$!-*g|\
37c~<h%)~:jY`=%+(=#=$!+*f= #3 aZ^$B #$<h_mux#$.|\
37c~<h_mux~:jY`|\
37d~mbl-battd~MBL!- Battery8f|\
37e~atlinks~# !QY9|\
37f~bzr~Bazaar:&*k!?|\
37g~< -results~|\
37h~< -scanner~STAT]i*g|\
37i~< $%~STAT*u!k|\
37j~nss~!2+.*d|\
37k~jiniY;~|\
37l~omscontact~|\
37m~omstopology~|\
37n~silverpeakpeer~}@@S=0+&|\
37o~silverpeakcomm~}@@S,Y+&|\
37p~altcp~ArcLink=!+F|\
37q~joost~Joost=0#4=0+&|\
37r~ddgn~DeskDirect;**i|\
37s~pslicser~PrintSoft*h!*|\
37t.1~<g~Ym{/Y5Y6|\
37t.2~<g='~[! ADTY4+&|\
37u.1~d?C%=~SMPTE[+ Synchonization+&|\
37v.1~ml-svnet~Maxlogic Supervisor,Y|\
37w~pcoip~PC=!#7|\
37x.2~mmaY;~MMA!4Y4|\
37y.1~smcluster~&r*s+)|\
37y.2~sm='~&rY4|\
37z.1~bccp~?S*s,Y+&|\
380.1~tl-ipcproxy~Translattice*s$t^F|\
381~wello~Wello%% pubsub*f|\
382~storman~|\
383~MaxumSP~Maxum+)|\
384~httpx~|\
385~macbak~|\
386~pcptcpservice~Production[^%6$I*d|\
387~cyborgnet~CyborgNet,q+'|\
388~]I{u~:W{B]]]h=%+(=#=$!+*f= #3 aZ^$B #$]I_suite#$.|\
388~]I_suite~:W{B]]]h|\
389~wcpp~Woven*g^L+&|\
38a.1~boxbackupstore~Box!6{F*d|\
38b.1~csc^M~?T^F=%+(=#=$!+*f= #3 aZ^$B #$csc_@.#$.|\
38b.1~csc_@.~?T^F|\
38c~vatata~Vatata=0#4=0+&|\
38d.1~pcep~Path, [E,Y+&|\
38e.1~sieve~ManageSieve+&|\
38f.2~dsmipv6~Dual`O MIPv6$iYJ~5555|\
38g.1~>z~Azeti^=*d|\
38g.2~>z-bd~>z blinddate|\
38h.1~pvxplusio~PxPlus!D=9 srvr|\
38i.1~spdm~[q+&$C<}`$|\
38j.f~aws$y~AWS+'$B{O remoting solution|\
38l~hctl~}* HControl+&|\
38n~eims^A~|\
3bg~corelccam~|\
3bh~d=)~8E<}|\
3bi~d=)*l~8E<}*g|\
3bj~srcp~^E Railroad*u+&|\
3bk~owserver~One-WireZ#!*|\
3bl~batman~better approach#4!t ad-hocZG|\
3bm~pinghgl~Hellgate London|\
3bn~trueconf~TrueConf Videoconference*d|\
3bo~compx-lockview~|\
3bp~dserver~ExsequiYwY4|\
3bq~mirrtex~Mir-RT+9*f|\
3br.1~p6ssmc~P6R!3!*8c*v|\
3bs.1~pscl-mgt~ParascaleZ;*e|\
3bt.1~perrla~#!=/+)|\
3bu.1~8P-agt~8B^=|\
3bw.1~8P<6~8B!1|\
3bx.1~opentelemetry~OpenTelemetry+&|\
3bz~skytale~Sentyron SkyTale encrypted,[|\
3c0~fdt-rcatp~FDT!- Categorization+&|\
3c1~rwhois~^? Who Is~2167|\
3c2~<w^r~TRIM^D*d|\
3c3~<w%c~TRIM%S*d|\
3c5.1~geognosisadmin~;`Y_,_|\
3c5.2~geognosisman~;`Y_,_|\
3c6~geognosis~;`Y_|\
3c7~jaxer$n~Jaxer$E+&|\
3c8~jaxer[/~Jaxer*e*u+&|\
3c9.1~publiqare=>~PubliQareZcZh Synchronisation!7|\
3ca.1~dey-sapi~DE#-*w,n=J$K|\
3cb.1~:m-rest~:m=J$K$B event8g$C ticketing[K (embedded POS]u)|\
3cc.1~getty-focus~Getty Images FOCUS*f|\
3cd.7~ahsp~ArrowHead*d+& (#!)|\
3ce.1~;F$&%i~;@=2>  (SSH)~8071|\
3cf.1~;F$&$N~;@=2>  (#Y)~8071|\
3cg.1~restconf$&$N~RESTCONF=2>  (#Y)~8071|\
3ck~gaia~GaiaYR+&|\
3cl.2~lisp=)~LISP<}]$~9300|\
3cm.2~lisp*l~LISP*g]$~9301|\
3cn~unicall~|\
3co~vinainstall~|\
3cp~m4[M#L~Macro 4*i AS|\
3cq~elanlm~|\
3cr~lansurveyor~|\
3cs~itose~|\
3ct~fsportmap~%C!.<z%$|\
3cu~#K;4~|\
3cv~plcy$G-svcs~PLC#-$W+)|\
3cw~pjlink~Projector=1|\
3cx~f5-iquery~|\
3cy~=z``~=v,*|\
3cz~=z-workst~=vZl|\
3d0~=z-assist~=vYQ|\
3d1~=z-cond~=v Conductor|\
3d2~=z-nucl~=v Nucleus|\
3d3~omabcastltkm~#N{(@K-Term%4+N|\
3d4.1~`@-vnet~`6@_,Y+&=%+(=#=$!+*f= #3 aZ^$B #$`@_vnet#$.|\
3d4.1~`@_vnet~`6@_,Y+&|\
3d5.2~nacnl~NavComY4$C*g<z|\
3d6.2~afore-vdp='~AFORE vNodeY4+'|\
3da.2~shadowstream~ShadowStream!.|\
3dc~wxbrief~WeatherBrief;)|\
3dd~epmd~Erlang<z;P!5|\
3de~@#!R~ELPRO V2+&!>=%+(=#=$!+*f= #3 aZ^$B #$@#_` #$.|\
3de~@#_` ~ELPRO V2+&!>|\
3df.1~l2c*l~;d*g|\
3df.2~l2c='~;dY4|\
3dg~l2c=)~;d<}|\
3dh~remctl~^? Authenticated*u*d|\
3di.1~psi-ptt~PSI=X#<-Talk+&|\
3dj~tolteces~Toltec EasyShare|\
3dk~bip~BioAPI Interworking|\
3dl~cp-spxsvr~+}`K<.!*|\
3dm~cp-spxdpy~+}`K<.[_|\
3dn~ctdb~|\
3dx~xandros-cms~Xandros Community8c*d|\
3dy~wiegand~Physical!0*g|\
3dz.1~%r-imserver~[gYU IMServer+&|\
3e0.1~%r-rxserver~[gYU RXServer+&|\
3e1.1~%r-rxspooler~[gYU RXSpooler+&|\
3e2.2~%r='~[gYUY4|\
3e3~omnivisionesx~8I,[$B*r,S|\
3e4.1~fly~Fly!; Space|\
3e8~ds$P~^_+)|\
3e9~ds=N~^_,>#U;[*d|\
3ea~ds>d~^_,>#U;2*d|\
3eb~ds>9~^_,>#U;28f/YO|\
3ec~ds^A~^_,>#U;[8f/YO|\
3ed~ds>3~^_,>*j{5[d*f|\
3ee~ds<G~^_,>#U-Sleeper*d|\
3ef.1~nacagent~!2!0*g^=|\
3eg.1~slscc~SLSZA*g Centre|\
3eh.1~netcabinet%<~Net-Cabinet comunication|\
3ei.1~itwo!/~RIB iTWOZ_!*|\
3ej.1~found~FoundY8+&|\
3ek.2~smallchat~|\
3el.1~^R$l~FORT#1;X8f+]|\
3el.2~^R$l='~FORT#1;X8f+]|\
3em.1~updog~Updog8f$C!FY?|\
3en.1~brcd-vr<E~?S*r!S[ |\
3eo.1~pjj?I~PJJ^W?%|\
3eo.2~pjj?I='~PJJ^W?%Y9|\
3ep.1~workflowdir~:[+K,Y|\
3eq.2~axysbridge~AX#-S,[+'|\
3er.1~cbp~Colnod;'+&|\
3es~nvme~NVM]!=!]V[f!8|\
3et.1~scaleft~Multi-Platform!-8c$B`!,t|\
3eu.1~tsepisp~TSEP,L*d+&|\
3ev.1~thingkit~# !9 mesh|\
3ex~netrockey6~NetROCKE#-6 SMART>U*d|\
3ey~}N<{-2~SMARTS;&<z|\
3ez.1~drizzle~Drizzle+8!,|\
3f0.1~omviserver~OMV-Investigation!*;2|\
3f1.1~omviagent~OMV Investigation^=!a|\
3f2~rsqlserver~REAL$X!*|\
3f3.1~wspipe~adWISE Pipe|\
3f4~l-acoustics~#!8g|\
3f5.1~vop~Versile!;+&|\
3fd.2~netblox~Netblox+&|\
3fe~saris~|\
3ff~pharos~|\
3fg~krb524~|\
3fg~nv`3~NV^O[e|\
3fh~upnotifyp~|\
3fi~n1-fwp~|\
3fj~n1-rmgmt~|\
3fk~asc-slmd~ASC Licence*e|\
3fl~privatewire~|\
3fm~camp~`f ASCIIY8+&|\
3fn~ctisystemmsg~|\
3fo~ctiprogramload~|\
3fp~nssalertmgr~NSS{&*e|\
3fq~nssagentmgr~NSS^=*e|\
3fr~}o>9~|\
3fs~}o!/~|\
3ft~prRegister~|\
3fu~mcp~`6,Z+&|\
3fw.1~ntske~!2==+.%4,f~8915|\
3gg.1~agtp~Agent+*+&|\
3gg.2~agtp-quic~Agent+*+&=!>'|\
3gk~hpssmgmt~# *f|\
3gl.1~assyst-dr~Assyst<}Z&*d|\
3gm~icms~YY!1*j*d|\
3gn.1~prex$M~:N$B!-YF=!$I|\
3go~awacs%c~=a=i=F,B*d%SYD|\
3h0.1~ipsec<A-t~IPsec$iYi~9329|\
3h0.2~ipsec<A-t~IPsec$iYi~3948^7296|\
3h2.4~a25-fap-fgw~|\
3h3.2~m%a%e~M-Bus-OMS=!$L|\
3hy.2~armagetronad~Armagetron&+=I!*|\
3hz~ehs~=t@G!*|\
3i0~ehs$F~=t@G!*$H|\
3i1~wssauthsvc~WSS+.*d|\
3i2~swx^(~[s<}+0*m|\
3i9~worldscores~|\
3ia~sf#2~SF*h*e ([r)|\
3ib~lanner#2~Lanner*h*e|\
3ic~synchromesh~|\
3id~aegate~Aegate PMR*d|\
3ie~$2-adppiw#B~Perman I Interbase!*|\
3if~<i-mih~MIH+)~5677|\
3ig~YC$l~Men$C>$8f|\
3ih.1~icshostsvc~ICS host+4|\
3ii~msfrs~MS FRSZb|\
3ij~rsip~#!<z~3103|\
3ik.1~dtn;]~DTN;I$I$$+&~9174|\
3ik.2~dtn;]~DTN;I$L$$+&~7122|\
3ik.8~dtn;]~DTN;I DCCP$$+&~7122|\
3il.2~mtcevrunqss~]?]x?&*d!*|\
3im.2~mtcevrunqman~]?]x?&*d*e|\
3in~hylafax~|\
3ir.1~amahi-anywhere~|\
3iu~kwtc~Kids{L==*g*d|\
3iv~tram~|\
3iw~#;-reporting~|\
3ix~iax~>=-Asterisk eXchange~5456|\
3iy.1~deploymentmap~!:#4 distribute$C;1 within a@kZ*Zy$B?#,o^]|\
3j1.1~cardifftec-back~A=&$B,[[= a!,$C!C$B a custom!s!?|\
3ji.1~rid~#!=!=./#Y~6546|\
3jj~l3t-at#V~HRPD L3T (AT-AN)|\
3jk.2~hrpd-ith-at#V~|\
3jl~ipt@w@w~|\
3jm~#{:4~IAS-Session (<P>])|\
3jn~#{?H~IAS-Paging (<P>])|\
3jo~#{-neighbor~IAS-Neighbor (<P>])|\
3jp~a21#V-1xbs~|\
3jq~a16#V#V~|\
3jr~a17#V#V~|\
3js~piranha1~|\
3jt~piranha2~|\
3ju.1~mtsserver~EAX MTS!*|\
3jv.1~YC-upg~Men #%>$]p^=|\
3jw.1~irp~Identity,P+&|\
3jx.1~sixchat~^Z%2#4%2!3=G+&|\
3jy.1~sixid~^C#a#4#7 registration$C lookup|\
3kd.2~ventoso~,I single=&!D{V VOIP$C*g stream|\
3l2~dots?K~8k Denial$)-Service>%?/YI (DOTS)?**p+&. The*f= #@=5#4 construct$O SRV*f{R #$_# ._udp#$$C #$_# ._tcp#$$B discovering@>:!=5#4 establish@> signal[,.~8973^9132|\
3le~:v$v~,4$R<z|\
3lf~:v-lob~,4 Lobby<z|\
3lg~smaclmgr~|\
3lh~kar2ouche~Kar2ouche=0&M*f|\
3li~oms~OrbitNet*j*d|\
3lj~noteit~Note It##*j*d|\
3lk~ems~RimageY8!*|\
3ll~contclientms~Container!1*j*d|\
3lm~eportcomm~E@r*j*d|\
3ln~mmacomm~MMA=@+)|\
3lo~mmaeds~MMA EDS*d|\
3lp~eportcommdata~E@r<}*d|\
3lq~light~Light[I+5+'|\
3lr~acter~Bull RSF?3!,|\
3ls~rfa~^Q=9!8!,|\
3lt~cxws~#!8l|\
3lu~appiq=-~AppIQ^=8c|\
3lv~dhct!d~BIAP!4!F|\
3lw~dhct-alerts~BIAP]Y{&|\
3lx~bcs~[& Continuity Servi|\
3ly~traversal~boundary traversal|\
3lz~mgesupervision~MGE%: Supervision|\
3m0~mgemanagement~MGE%:8c|\
3m1~parliant~Parliant Telephony!.|\
3m2~finisar~|\
3m3~spike~Spike Clipboard*d|\
3m4~rfid-rp1~RFID?(+& 1.0|\
3m5~autopac~Autopac+&|\
3m6~msp-os~Manina*d+&|\
3m7~nst~!2]i@[%Q|\
3m8~}f$w~`7%%*d|\
3m9~altovacentral~`a DatabaseCentral|\
3ma~prelude~Prelude IDS[@ proto|\
3mb~mtn~monotone Netsync+&|\
3mc~conspiracy~ConspiracyY:|\
3mk~`{^>~|\
3ml~`{=-~}28c|\
3mm~`{=>~}2!*,x|\
3mn.1~npqes=q~!2Zf]b Evaluation!.=:*d|\
3mo.1~*+-ins~?R Insider|\
3mv.7~trinity>h~Trinity{H*i=g,Y|\
3n9~truckstar~TruckStar*d|\
3na.2~a26-fap-fgw~|\
3nb.1~fcis~F>^!1Z`*d|\
3nb.2~fcis='~F>^!1Z`*dY4|\
3nc~capmux~CA<zZn|\
3nd.2~gsmtap~GSMY5 Tap|\
3ne~gearman~Gearman$a{=!.|\
3nf.1~remcap~^?] +&|\
3ng.2~ohmtrigger~OHM!,:$|\
3nh.1~resorcs~RES Orchestration[[+)|\
3nl~ipdr$A~|\
3nm~}u-lpn~&o[a|\
3nn.7~@'~IP>M>O;z|\
3no.1~}b~@'+'=!$D|\
3no.6~}b~@'+'=!=7|\
3np~lumimgrd~Luminizer*e|\
3nq.1~sicct~|\
3nq.2~sicct-sdp~SICCT*dY4+&|\
3nr~openhpid~openhpi HPI*f|\
3ns~ifsp~[!=+,x+&|\
3nt~fmp~Funambol!K=X|\
3nu.2~intelliadm='~IntelliAdminY4|\
3nv.2~buschtrommel~peer#<=]=9+9+'|\
3nx~profilemac~Profile$B Mac|\
3ny~ssad~^E*d@9Y4|\
3nz~spocp~^E!o*g+&|\
3o0~snap~^E*i^j+&|\
3o1.1~simon~^EZ:#5]^>&*i (#!)|\
3o1.2~simon='~^EZ:#5]^>&*i (SIMON)Y4|\
3o2.2~gre#R$J~GRE#R-UDP,]~8086|\
3o3.2~gre$J>2~GRE#R-UDP,]=E=7~8086|\
3o4.1~RDCenter~Reticle Decision!k|\
3om.1~converge~Converge$V|\
3ow~bfd-multi%>~BFD Multihop*g|\
3ox.2~cncp~=3 Nexus*g+&|\
3oy.1~@/-install~Smart[`*d|\
3oz.1~sia=B-plane~!:8 ,D (SIA)*g-Plane|\
3p0.1~xmcp~8UY8!1+&|\
3p1.2~vxlan~!EZF`#=F*i (#!)~7348|\
3p2.2~vxlan-gpe~!{+&YM$B*rZF`#=F*i (VXLAN)|\
3p3.2~roce~IP&C RocE|\
3p4~unified%a~IP&C],% |\
3p5.2~uet~Ultra+FY6|\
3p6.2~veroce~veRoCEY6+&|\
3pc~iims~>s]Z Messenging!.|\
3pd~iwec~>s$E&3=G|\
3pe~ilss~>s*h!.!*|\
3pf.1~:s~:KY8|\
3pf.2~:s='~:KY8Y4|\
3pg.2~aja-ntv4='~AJA ntv4^O!.Y4|\
3q3~htcp~|\
3qd~]J-0~|\
3qe~]J-1~|\
3qf~]J-2~|\
3qg.1~@,$M~OPC UA8e+&|\
3qg.2~@,$J~OPC UAY<+D+&|\
3qh~quosa~#!*r[$*d|\
3qi~gw-asv~nCode%S^&[$ AppServer|\
3qj~@,$N~OPC UA$I+&=!$D/#8|\
3qk~gw<?~nCode%S^&[$ LogServer|\
3ql~wcr-remlib~WordCruncher!-[$*d|\
3qm~]C-icm~:@ ICM*d=%+(=#=$!+*f= #3 aZ^$B #$]C_icm#$.|\
3qm~]C_icm~:@ ICM*d|\
3qn~wfc~#f Fresh,Y|\
3qo~**=,~App!* -^@=.|\
3qp~**^G~App!* -^@^K|\
3qq~#9#L-nodeagt~#:$R!* - NA|\
3qr~derby-repli~Apache DerbyZb|\
3r7~@2`-~>A+k|\
3r8~phrelay~}8^H|\
3r9~phrelaydbg~}8^H^[|\
3ra~cc-tracking~Citcom+<*d|\
3rb~wired~|\
3rg~tritium-can~Tritium CAN% !_*d|\
3rh~lmcs~Lighting8c*g!.|\
3ri.2~instY;~?P8yY4|\
3rj.1~wsdl^r~WSDL^D&B|\
3rk.1~hislip~IVI>N{^$b8y+&|\
3rl.2~socp-t~SOCP==,x+&|\
3rm.2~socp-c~SOCP*g+&|\
3rn.1~wmlserver~Meier-Phelps*h!*|\
3ro~hivestor~HiveStorZc=+!.|\
3rp~abbs~|\
3rs.1~<%;9~<%@c&G?:?;>/!8|\
3rt.1~<%*l~<%@c&G?:[-*k$C,v|\
3ry~lyskom~LysKOM+& A|\
3s3~radmin<{~|\
3s4~hfcs~HFSQL!1/^N+,!7|\
3s5.1~flr^>~ZU!-!W^==%+(=#=$!+*f= #3 aZ^$B #$flr_=?#$.|\
3s5.1~flr_=?~ZU!-!W^=|\
3s6.1~magiccontrol~magicCONROL RF$C<}Y5|\
3sg.1~lutap~Technicolor LUT!0+&|\
3sh.1~lutcp~LUTher*g+&|\
3si~bones~Bones!-*g|\
3sj.1~frcs~Fibics!-*g*d|\
3t4.2~an-signaling~Signal+'=&$B autonomicZG|\
3t5.2~atsc-mh-ssc~ATSC-M/H*dYI*p|\
3t8~eq;7-4940~]=!l|\
3t9~eq;7-4941~]=!l|\
3ta~eq;7-4942~]=!l|\
3th~munin~Munin GraphingY?|\
3ti~sybasesrvmon~Sybase!**q|\
3tj~pwgwims~|\
3tk~sagxtsds~SAGY7!*|\
3tl.1~dbsyncarbiter~Synchronization Arbiter|\
3u1~ccss-qmm~CCSS QMessageMonitor|\
3u2~ccss-qsm~CCSS QSystemMonitor|\
3u3.1~burp~BackUp$C[d[4|\
3uc.2~ctxs-vpp~^d*r>T|\
3ug.1~webyast~|\
3uh.1~gerhcs~GER HC+O|\
3ui~mrip~Model]cY5[4|\
3uj~smar$*^s~SMAR+F<z 1|\
3uk~smar$*`2~SMAR+F<z 2|\
3ul~parallel~Parallel$B GAUSS (tm)|\
3um~busycal~BusySync&. Synch.+&|\
3un~vrt~VITA`MY6|\
3uv~hfcs[/~HFSQL!1/^N+,!7*e|\
3uw~:b>l~|\
3ux~:b=n~|\
3uy~rfe~>H free ethernet|\
3uz.1~>D&W~+G#($Q. -ZwY>|\
3uz.2~>D&W~+G#($Q. -Zw= ]t|\
3v0.1~#w[B-1~#e^c=(~3551^4571|\
3v0.2~#w[B-1~#e^c=(~3551|\
3v0.8~#w[B-1~#e^c=(~3551^5762|\
3v1.1~#w[B-2~#e*k+'~3551^4571|\
3v1.2~#w[B-2~#e*k+'~3551|\
3v1.8~#w[B-2~#e*k+'~3551^5762|\
3v2~wsm!/~|\
3v3~wsm!/$F~|\
3v4~synapsis>j~|\
3v5~winfs~+-[<Z#|\
3v6~telelpathstart~TelepathStart|\
3v7~telelpathattack~TelepathAttack|\
3v8~nsp~NetOnTap*d|\
3v9~>D-v6~+G#($Q. -ZwY>|\
3va.2~onpsocket~?u*i+&|\
3vb.1~fmwp~+G#($Q. -$E publishing|\
3vg~Y3-1~|\
3vh~Y3-2~|\
3vi~mice~# !,|\
3vj~htuilsrv~Htuil!*$B PLD2|\
3vk~scpi;_~|\
3vl~scpi<D~|\
3vm~*`-d~}C I/O!O ($})|\
3vn~*`-s~}C I/O!O (< )|\
3vo.1~qvr~Quiqum*r Relais|\
3vp~infobright~Infobright+,!*|\
3vr.2~dmp~^Z*j+&|\
3vs.1~signacert^>~SignaCert8d{H!*^=|\
3vt.1~}c!/~?h!3<}|\
3vu.1~}c!d~?h!F|\
3w2~asnaacceler#)db~|\
3w3~swxadmin~ShopWorX,n|\
3w4~lxi-evntsvc~LXI^D*d|\
3w5.1~osp~$[ Settlement+&|\
3w6.2~vpm$J~Vishay PM$L*d|\
3w7.2~iscape~iSCAPE<} Broadcasting|\
3w8.1~texai~Texai*j*d|\
3w9~ivocalize~iVocalize$EZ |\
3wa~mmcc~multimedia conference*k>Z|\
3wb~ita^>~|\
3wc~ita[/~|\
3wd.1~rlm~#!*h!*|\
3wd.2~rlm='~RLMY4!*|\
3we.1~rlm^A~RLM administrativeY=|\
3wf~unot~|\
3wg~*E-ps1~?g8& 1|\
3wh~*E-ps2~?g8& 2|\
3wi.2~@(='~>uY4|\
3wj~sds~SIPY7+)|\
3wk~sip~~3263|\
3wk.4~sip~~4168|\
3wl~sips~SIP<5~3263|\
3wl.4~sips~SIP<5~4168|\
3wm~na-localise~Localisation!8|\
3wn.1~csrpc~centrify!9$V|\
3wo~ca-1~?U!0 1|\
3wp~ca-2~?U!0 2|\
3wq~stanag-5066~#!-SUBNET-INTF|\
3wr~authentx~Authentx*d|\
3ws.1~bitforestsrv~Bitforest<}*d|\
3wt~i$G@n-npr~|\
3wu~vtsas~VersaTrans!*^=*d|\
3wv~powerschool~|\
3ww~ayiya~Anything In Anything|\
3wx~tag#t~&^^U<z%5|\
3wy~alesquery~|\
3wz.1~pvaccess~Experimental Physics$CZ$*g!.|\
3x2.2~pixelpusher~PixelPusher pixel=(|\
3x3.2~cp-spxrpts~+}`K<. Reports|\
3x4~onscreen~OnScreen<}8s*d|\
3x5~sdl-ets~SDL - Ent`R!*|\
3x6~qcp~Qpur,Y+&|\
3x7~qfp~Qpur=++&|\
3x8~llrp~&e%T{[?(+&|\
3x9~+J-llrp~&eY^ LLRP|\
3xa.1~aprigo#r~Aprigo8s*d|\
3xb.1~biotic~#! -;'+6#5 Things Interoperable,Y|\
3xe.4~car~Candidate AR|\
3xf.4~cxtp~;b+*+&~4065|\
3xg.2~magpie~Magpie;'|\
3xh~]H#2~|\
3xi~hart#>~|\
3xn~sentlm-srv2srv~|\
3xo~socalia~Socalia*f mux|\
3xp.1~[2$M~|\
3xp.2~[2$J~|\
3xq~oms-nonsecure~^B OMS<3!c|\
3xr.1~actifio-c2c~|\
3xs.2~tinymessage~|\
3xt.2~hughes$<~HughesZm+&|\
3xu.1~actifioudsagent~|\
3xv.1~actifioreplic~Disk#4@@Zi[= Actifio Clusters|\
3xz~taep#L$e~TAEP AS*f|\
3y0~pm-cmdsvr~PeerMe<, Cmd*d|\
3y2.1~ev+a~YB^^+)|\
3y3.1~autobuild~[R Autobuild*d|\
3y4.2~emb-proj%;~>< Projecter^b+*|\
3y5.1~gradecam~GradeCam^bZ%|\
3y8~barracuda-bbs~Barracuda!6+&|\
3yl~nbt-pc~`9 Commander|\
3ym.1~ppactivation~PP ActivationServer|\
3yn.1~erp-scale~|\
3yo.2~minotaur-sa~|\
3yp~ctsd~MyCTS!,=&|\
3yx~[{!c~RMONITOR SECURE=%+(=#=$!+*f= #3 aZ^$B #$[{_^h#$.|\
3yx~[{_^h~|\
3yy.1~social`Y~Social^i*d|\
3z2~atmp~Ascend!>8c+&|\
3z3.1~%0-sde~$z%8+W=%+(=#=$!+*f= #3 aZ^$B #$%0_$6#$.|\
3z3.1~%0_$6~$z%8+W|\
3z3.2~%0-sde~$z%8!-`P=%+(=#=$!+*f= #3 aZ^$B #$%0_$6#$.|\
3z3.2~%0_$6~$z%8!-`P|\
3z4~$6Y;~$z%8+WY4|\
3z6~bzflag~B#.Flag=;!,|\
3z7~asctrl^>~^B asControl^=|\
3z8.1~rugameonline~Russian!m=I|\
3z9.1~mediat~Mediat!-!;+0|\
3zd.1~*]~%q=!%9Y6`$~5592|\
3ze.1~*]=D~%q,<=!%9Y6`$~5592|\
3zf.1~sbackup~Shadow!6|\
3zg.1~vpa~!E+&[}|\
3zg.2~vpa='~!E+&[}Y4|\
3zh~$3-icorp~$3_1corp=%+(=#=$!+*f= #3 aZ^$B #$$3_icorp#$.|\
3zh~$3_icorp~$3_1corp|\
3zi~winpcs~WinPCS*d8e|\
3zj~scte104~#!8e|\
3zk~scte30~#!8e|\
3zo.1~pcoip=-~PC=!#7+L8c|\
406~aol~America-Online|\
407~aol-1~AmericaOnline1|\
408~aol-2~AmericaOnline2|\
409~aol-3~AmericaOnline3|\
40a.1~cpscomm~CipherPoint!P*d|\
40b.1~ampl-lic~#C+'#@=5#Q a[5!,$C!C&O#4*k%]#5]} licenses>. float#4 networked+w|\
40c.1~ampl-tableproxy~#C+'#@=5#Q two&O>.+9 #$table#$=(=5#A$O AMPL modeling&K|\
40d.1~+#-lwp~Tunstall Lone worker!QY=|\
40g~`D-getdata~|\
40h~`D-getdata1~|\
40i~`D-getdata2~|\
40j~`D-getdata3~|\
40p.1~nomad~Nomad!4^O+*|\
40v.5~noteza~#!<}?)*d|\
411.1~3exmp~3eTI8t8c+&$B OAMP|\
412.1~<y!<~<^!18e~6120|\
413~hpvirtgrp~HP*r[c^U8c|\
414~hpvirtctrl~HP*r[c*v8l|\
415~hp!/~|\
416~hp!d~|\
417~perfd~HP!.Zf Metric*d|\
418.1~hpvroom~HP*r Room*d|\
419.1~*F~Netflow/IPFIX/sFlowYE$C Forwarder8c|\
41a.1~*F=)~JaxMP RealFlowZa$C+'=(|\
41b.1~crusecontrol~^?*g#5@U++$B Cruse Scanners|\
41c.1~csedaemon~Cruse Scanning!.*d|\
41d.1~enfs~Etinnae*i=+*d|\
41e~eenet~EEnet,q|\
41f~}[[M~Galaxy*i*d|\
41g~padl2sim~|\
41h~mnetY;~|\
41m.1~attune~ATTUne$K|\
41n.1~xycstatus~xyClient!F$K$C rendevous^S|\
41p.1~Y%~&d*g+&|\
41p.2~Y%='~&dY4+&|\
41q.2~}Q*l~}#*g+&~5415|\
41r.2~}Q=)~}#<}+&~5415|\
41s~caacws~CA!0*g$E*d|\
41t~caaclang2~CA AC Lang*d|\
41u~soagateway~|\
41v~caevms~CA;/ VM*d|\
41w~movaz-ssc~|\
41x.1~kpdp~Kohler`L!4+&|\
41y.1~logcabin~LogCabin[f*f|\
428~%,{l-1~%A*i@I<z 1|\
429~%,{l-2~%A*i@I<z 2|\
42d.1~<y!/~<^!*8e~6120|\
42e~cartographerxmp~|\
42f.1~*4~&q]SY:|\
42f.2~*4='~&q]SY9|\
42g~pk~|\
42o.1~<y-bosh~,I-streams>&Zx=. (BOSH)|\
42p.1~undo#2~Undo*h*e|\
42q~transmit<{~Marimba,*<z|\
436~presence~<^=1-LocalY8|\
437~nlg=)~NLG<}*d|\
438~$f-hb~HA[- heartbeat|\
439~$f-gs~HA[-]z+4|\
43a~$f$k~HA[-,^|\
43b~$f{o~HA[- probing|\
43c~$f`/~HA*s Commands|\
43d~$f=q~HA*s=:|\
43e~#9#W-grp~#: MC^U|\
43f~#k-aip~|\
43g~cfengine~|\
43h~jprinter~|\
43i~outlaws~|\
43k~permabit#r~Permabit!1!a|\
43l~rrdp~%-=` #%+Z<}|\
43m~`}-rbt-ipc~|\
43n~$f^2~HA*s$L Polling|\
43o.1~hpbladems~HPBladeSystem*q*d|\
43p.1~hpdevms~HP!4*q*d|\
43q.1~<o-cmc~PKIXZg8c^J CMS (CMC)~10003|\
43r~roughtime~Roughtime@m,y~RFC-ietf-ntp-roughtime-19|\
43s.1~bsfserver-zn~ZZ^q #.nY=#5 BSF|\
43t.1~bsfsvr-zn$F~ZZ^q #.nY=#5 BSF=!$H|\
44f~kfserver~Sculptor+,!*|\
44g~xkotodrcp~|\
44l.1~stuns~!gYJ8-$B$i (%F)=&~8489|\
44l.2~stuns~%F=!=7~7350|\
44l.1~turns~TURN=!$D~8656|\
44l.2~turns~TURN=!=7~7350|\
44l.1~$h8;~%F+jY4=!$D~5780|\
44l.2~$h8;~Reserved$B a future enhancement#5>(-BEHAVIOR~5780|\
44m.2~pcp-multicast~${*g+&Y<~6887|\
44n.2~pcp~${*g+&~6887|\
44o~dns-llq~DNS@K-Lived Queries~8764|\
44p~mdns~+S%!~6762|\
44q~mdnsresponder~+S%! Responder$t|\
44r~llmnr~|\
44s~ms-smlbiz~+- Small+C|\
44t~!%~#f+)$B[3|\
44u~!%-s~WS$B[3 Secured|\
44v~ms-alerter~+- Alerter|\
44w~ms&Z~:N$B[<&D|\
44x~ms-s&Z~^C+&$B[<&D|\
44y~serverwsd2~+-[<!* WSD2*d|\
44z~#K-projection~;C*i Projection|\
450.2~kdnet~+-;N+k|\
45x~stresstester~StressTester(tm) Injector|\
45y~elektron^A~Elektron,n|\
45z~securitychase~|\
460~excerpt~?a!W|\
461~excerpts~?a!W!3|\
462~mftp~OmniCast MFTP|\
463~hpoms-ci^/~|\
464~hpoms<;^/~|\
465~netsupport~|\
466~systemics-sox~|\
467~:h{b~|\
468~:h$T~|\
469~;r-dtasrv~* <}!*|\
46a~;r-usrmgr~* =/*e|\
46b~actnet~|\
46c~continuus~|\
46d~wwiotalk~|\
46e~statusd~|\
46f~ns!/~|\
46g~#`[)~|\
46h~#`^>~|\
46i~mcntp~|\
46j~dj%c~|\
46k~cylink-c~|\
46l~netsupport2~|\
46m~;r%)~|\
46n~virtualuser~|\
46o~beyond!@~|\
46p~br-channel~Beyond!-*u*p|\
46q~devbasic~|\
46r~#k=]-tta~|\
46s~telaconsole~|\
46t~base~Billing$C8w!.+0|\
46u~radec>g~|\
46v~park^>~|\
46w~postgresql~8J+,|\
46x~pyrrho~Pyrrho DBMS|\
46y~#l-arrayd~SGI`F+)!5|\
46z~sceanics~#! situation$C?3,T|\
470.2~pmip6>e~~5844|\
471.2~pmip6=)~~5844|\
477~spss~?w^K|\
479.5~smbdirect~^N*j{)=!!-;) Memory!0|\
47e.1~}y~}E,-=(,+|\
47e.2~}y='~}E,-=(,+ (Y$)|\
47h~surebox~|\
47i~#?-5454~|\
47j~#?-5455~|\
47k~#?-5456~|\
47p~silkmeter~|\
47q~ttl-publisher~|\
47r~ttlpriceproxy~|\
47s~quailnet~Quail+;!;!=|\
47t~netops!b~|\
47y.1~!i-col~#C[:[>'s=(Z(+' (}g%Y)|\
47z.1~!i-cols~#C[:[>'s!9=(Z(+' (}g%Y)|\
480.1~!i-tag~#C[:[>'s]w tag+'|\
481.1~!i-tags~#C[:[>'s!9]w tag+'|\
482.2~!i$x~#C[:[>'s!X^p+'|\
483.1~!i=)~#C[:[>'s=( retrieval+'|\
48s~#^@v-srvr1~|\
48t~#^@v-srvr2~|\
48u~#^=N-inst1~|\
48v~#^=N-inst2~|\
48w~#^@z-gw1~|\
48x~checkoutdb~Checkout+,|\
48y~amc~Amcom!K[*|\
48z.1~pslZM~PowerSysLab Electrical8c|\
49w~matter~Matter OperationalY4$C Communi|\
49z.1~{!-licserve~QF@s*h!*|\
4a6.1~cbus~Model]c*k^J$O CBUS[@+'|\
4a9~#l-eventmond~SGI Eventmond<z|\
4aa~#l-esphttp~|\
4ab~:u^>~|\
4ac~freeciv~Freeciv gameplay|\
4ad.1~farenet~Sandlab FARENET|\
4al.1~dp-bura~$Z8( BURA|\
4am.1~westec]7~|\
4an~dof<;#W$T~DOF+&`OY</^CY6|\
4ao~sdt~!g<}Y6Y<|\
4ap.1~}q=B~PLASA E1.33#(!-!48c (RDM)Z)!X notifications|\
4ap.2~}q;4~PLASA E1.33#(!-!48c (RDM)+x|\
4at~sdmmp~SAS!B8cY8+&|\
4au.1~lsi-bobcat~SAS IO8x|\
4av.1~ora-oap~^B!0+&|\
4az.1~fdtracks~FleetDisplay+<*d|\
4b0~tmosms0~T!u$j+&*j 0|\
4b1~tmosms1~T!u$j+&*j 1|\
4b2~fac-restore~T!u$j+&*j 3|\
4b3~tmo-icon=>~T!u$j+&*j 2|\
4b4~bis$n~:9-Web|\
4b5~bis=>~:9=>|\
4b6.1~att-mt%g~Planning#4=l!t terminated$j#4$O specific=& so>.$O$j#@ not visible#4$O!C|\
4bh~ininmessaging~inin!9Y:|\
4bi~mctfeed~MCT Market<} Feed|\
4bj~esinstall~YB+.!-[`|\
4bk~esmmanager~YB+.*e|\
4bl~esmagent~YB+.^=|\
4bm~a1-msc~|\
4bn~a1-bs~|\
4bo~a3:1~|\
4bp~a4:1~|\
4c2.1~efr~Fiscal Registering+&|\
4cb~ninaf~Node Initiated*iZm Forma|\
4cc~htrust~HTrust$K|\
4cd~:}-sfdb~[R*wZ7$B+,|\
4ce~;G=A~PreciseCommunication|\
4cf~pcanywheredata~|\
4cg~pcanywherestat~|\
4ch~beorl~BE8l[ +:|\
4ci~xprtld~SF*j*d|\
4cj.1~sfmsso~SFM,p Subsystem|\
4ck.1~sfm#B!/~SFMdb - SFM#n!,|\
4cl.1~cssc~[R CSSC|\
4cm.1~flcrs~[R Fingerprint;O$C Container Reference*d|\
4cn.1~ics~[R Integrity&/*d|\
4cu.1~vfmobile~Ventureforth!K|\
4de.1~nrpe~Nagios!- Plugin&4|\
4di.1~filemq~#.eroMQ=9: -subscribe+'|\
4di.2~zre='~>t>XY9$CY:=! #.eroMQ|\
4dj~amqps~amqp+'=!$D/#8|\
4dk.7~amqp~|\
4dl~jms~JACL*j!*|\
4dm~hyperscsi<{~|\
4dn.7~v5ua~#!Za=&~3807|\
4do~raadmin~RA,n|\
4dp~questdb2-lnchr~=w[] DB2 Launchr|\
4dq~rrac~^?Zb^=8e|\
4dr~dccm~^Z{+[**e|\
4ds~auriga;:~Auriga!S*d|\
4dt~ncxcp~Net-coneX*g+&|\
4du.2~brightcore~BrightCore*k #%=(+5+9|\
4dv.1~coap~Z-Z_+& (CoAP)~8323|\
4dv.2~coap~Z-Z_+&~7252|\
4dw.1~coaps~Z-Z_+& (CoAP)~7301^8323|\
4dw.2~coaps~DTLS-secured CoAP~7252|\
4dz.2~gog-multiplayer~GOG,/=;+'|\
4e0~ggz~#! Gaming@a|\
4e1~qmvideo~QM`X*o8g+'|\
4e5.1~rbsystem~Robert Bosch<}+*|\
4e8.1~kmip~$,8c,{+&|\
4ec.1~supportassist~%B SupportAssist=( center8g|\
4eh.1~storageos~StorageOS=J$K|\
4ep~proshareaudio~[9=[ audio|\
4eq~prosharevideo~[9=[`X|\
4er~prosharedata~[9=[=(|\
4es~prosharerequest~[9=[]3|\
4et~prosharenotify~[9=[?9|\
4eu~dpm~#!,Y!*|\
4ev~dpm^>~DPM^=,!|\
4ew~ms8=~|\
4ex~dtpt~!L Passthru*d|\
4ey~msdfsr~+- DFSZb*d|\
4ez~omhs~Yo*e -;M*d|\
4f0~omsdk~Yo*e - SDK*d|\
4f1.1~ms<<~+-&78!*e|\
4f2.1~ms<<-sts~+-8!*e!3`Q*d|\
4f3.1~asgenf~ASG^D,<Y?|\
4f4.1~io>h=)~Dist. I/O=@.*d<}$C*g|\
4f4.2~io>h-group~Dist. I/O=@.*d^UZ;|\
4f5~openmail~Openmail=/^=^V|\
4f6~unieng~Steltor's calendar!8|\
4fh~ida-discover1~IDA+l<z 1|\
4fi~ida-discover2~IDA+l<z 2|\
4fj~+%-pod~:Y NetPOD+&|\
4fk~+%~:Y!*|\
4fl~fcopy!/~|\
4fm~fcopys!/~|\
4fn~tunatic~:Z Tunatic|\
4fo~tunalyzer~:Z Tunalyzer|\
4fq~rscd~Bladelogic^=*d|\
4fv~openmailg~[P@?*m!,|\
4fx~x500ms~[P X.500Y7!*|\
4g6~openmailns~[P NewMail!*|\
4g7~s-openmail~[P Suer^=^V (^C)|\
4g8~openmailpxy~[P CMTS!*|\
4g9~spramsca~,X+X CA|\
4ga~spramsd~,X!3<}|\
4gb~netagent~|\
4gh~starfield$>~!z&H$C responses|\
4gk.1~vts$x~Visual Tag!.$V|\
4gl~%l-evts~%k^DYN*d|\
4gm~%l=-~%k8c*d|\
4gn~%l=-$F~%k8c*d=E$H|\
4go.2~ibar~=3 InterboxZ_Z>|\
4gp~%l-rcopy~%k Inform!- Copy|\
4gq.2~=*-redu~redundancy,T|\
4gr.2~waascluster~=3 WAAS*s+&|\
4gx~xtreamx~XtreamX Supervised=0[@|\
4gy.2~spdp~^E PeeredY4+&|\
4h2.1~enlabel-dpl~ZY WebsiteZ**f|\
4hh~icmpd~|\
4hi~spt-automation~Support8h|\
4ho.1~autopassdaemon~AutoPass licensing|\
4i9.1~:z-d$&~#.-firm ShipRushY=$B$c!8$C bidirectional=(|\
4ia.1~reversion~Reversion!6/Restore|\
4ir~wherehoo~|\
4iv~ppsuitemsg~PlanetPress^] Messeng|\
4j0.1~Y#~:C=!$D/#X~6733|\
4j0.4~Y#~:C=!=7/SCTP~6733|\
4jf.1~jute~Javascript=Z=:Zh|\
4jw~rfb~^? Framebuffer~6143|\
4jz.7~ff%c~`j #%>M>O$B Collaborative Env|\
4k0.7~ag-swim~$+-Ground SWIM|\
4k1.7~asmgcs~Adv Surface Mvmnt$C Guidance@=%X|\
4k2.7~rpas-c2~Remotely Piloted]q C#%C|\
4k3.7~dsd~Distress$C?)<}$R|\
4k4.7~ipsma~IPS8cZ_|\
4k5.7~agma~$+-ground^c advisory|\
4k6~ats-atn~$+]*+),A^J ATN|\
4k6.4~cm~;b8c|\
4k7~ats{`~$+]*+),A^J`E|\
4k7.4~cpdlc~Controller Pilot<}=1,Y|\
4k8~ais-met~AeronauticalZ`*d/Meteorological,A^J`E|\
4k8.4~fis~`jZ`+)|\
4k9~aoc{`~Airline operational,q,A^J`E|\
4k9.4~ads-c~Automatic Dependent Surveillance|\
4ka.7~ipsdtls~[q$B+6+&^]|\
4ln~indy~IndyZ_!*|\
4ls~:r-v5~|\
4lt~:r$d~|\
4m8~couchdb~|\
4m9~wsman~%G$;ZL=.|\
4ma~wsmans~%G$;ZL=.=!$D/#8|\
4mb~<$%+~|\
4mc~<$=,~%G<(-XML ($p)|\
4md~<$^G~%G<(-XML (>r)|\
4me~<$-exp^G~%G;z^K|\
4mf~nuxsl~|\
4mg~consul:*~Consul InSight+.|\
4mh.1~cim-rs~<S WBEM<(=J|\
4mi.1~rms^>~RMS^=8#*d|\
4mn~cvsup~|\
4og~$4-ahp$e~|\
4oh~winpharaoh~|\
4oi~ewctsp~|\
4ok.1~gsmp-ancp~~6320|\
4ol~trip~|\
4om~messageasap~|\
4on~ssdtp~|\
4oo~diagnose-proc~|\
4op~directplay#)~|\
4oq~max~+- Max|\
4or.1~dpm-acm~+- DPM!0*g*e|\
4os.1~<l-dpm>c~+- DPM WCF Certificates|\
4ot.1~iconstructsrv~iConstruct!*|\
4ow.2~gue~!{$L,]~draft-herbert-gue-02|\
4ox.2~geneve~!{*i,u,] (Geneve)~8926|\
4oy.2~p25cai~APCO Project 25!V<&Y5 -$L,g|\
4oz.2~miami`Z~telecomsoftware miamiYe|\
4p0.1~reload!H~<Y#4=0,t,Z~6940|\
4p1~konspire2b~#  p2p*o|\
4p2~pdtp~#!%%|\
4p3~ldss~>t&2]j*d|\
4p4.1~}Y~:V*h*e|\
4p4.2~}Y;6~:V*h*e&>|\
4pf.1~raxa=-~RAXA8c|\
4pg~Yu#B~|\
4ph~Yu-rtc~|\
4pi~Yu-upd~|\
4pj~rets~|\
4pk~dbdb~|\
4pl~primaserver~|\
4pm~mpsserver~|\
4pn~etc*l~|\
4po~*[-scadmin~|\
4pp~globecast#b~|\
4pq~softcm~HP8, CM|\
4pr~spc~HP8, Sub]6*g|\
4ps~dtspcd~Desk-Top Sub]6*g!5|\
4pt.1~dayliteserver~|\
4pu.1~wrspice~WRspice$t*d|\
4pv.1~xic~Xic$t*d|\
4pw.1~xtlserv~XicTools*h*e*d|\
4px.1~daylitetouch~Daylite Touch>)|\
4py.2~tipc~Transparent^k[G,Y|\
4q1.1~spdy~#!$B a faster$c|\
4q2~bex+b~`d]!$E!*|\
4q3~backup-express~|\
4q4~pnbs~Phlexible*i!6*d|\
4qa.1~damewaremobgtwy~#C DameWare!K*m*d|\
4qd~nbt-wol~New Boundary@Z WOL|\
4qk~pulsonixnls~Pulsonix*i*h*d|\
4ql~meta>g~MetaZd*h*e|\
4qm~aspentec#2~AspenZA*h*e|\
4qn~watershed#2~Watershed*h*e|\
4qo~statsci1#2~*%*h*e - 1|\
4qp~statsci2#2~*%*h*e - 2|\
4qq~lonewolf#2~Lone Wolf*n*h*e|\
4qr~montage#2~Montage*h*e|\
4qs~*Y#2~?{{9[D*h*e|\
4qt~tal-pod~|\
4r3.1~efb-aci~EFBZ_*gY5|\
4r4.1~ecmp~?^8t*g$C8c+&|\
4r4.2~ecmp=)~?^8t*g$C8c+&<}|\
4r5~^g-ism~}6+6 Srv%5|\
4r6~^g@}~}6YE|\
4r7~pscribe~Precision Scribe Cnx<z|\
4s8~lm-x~#!*h*e#Q X-Formation|\
4s9.2~thermo-calc~YO#5*f{S#A aZH grid$B thermodynamic calculations|\
4sh~qmtps~QMTP=!$D|\
4su~radmind~Radmind!0+&|\
4td.1~$s`1-1~$q*i+)<}Y6+& 1|\
4td.2~$s`0-1~$q*i+)[#Y4+& 1|\
4te.1~$s`1-2~$q*i+)<}Y6+& 2|\
4te.2~$s`0-2~$q*i+)[#Y4+& 2|\
4tf.1~$s`1-3~$q*i+)<}Y6+& 3|\
4tf.2~$s`0-3~$q*i+)[#Y4+& 3|\
4tg.1~$s`1-4~$q*i+)<}Y6+& 4|\
4tg.2~$s`0-4~$q*i+)[#Y4+& 4|\
4tn~$#<D$F~TL1 Raw>&$H/#Y|\
4to~$#%i~TL1=!%9|\
4tp~crip~|\
4u3.1~gld~GridLAB-D=/Y5|\
4u4~grid~$o,p|\
4u5~grid$u~$o,p Alt|\
4v0~#;-grx~|\
4v1~#;-ctd^-~#H]N-D>P;T=%+(=#=$!+*f= #3 aZ^$B #$#;_ctd_%J#$.|\
4v1~#;_ctd_%J~#H]N-D>P;T|\
4v6~ufmp~*(;L8c+&|\
4vf.1~scup~}=*g=Z+&|\
4vf.2~scup='~}=*g=Z+&Y4+&|\
4vg~abb^#~]>;U,o+&|\
4vh.1~nav=)%;~?q{>;U<}*u|\
4vh.2~nav=)~?q{>;U<}|\
4vi.1~iona=)~IONAZe$C*k=(|\
4vk~repsvc~`i>_Zb*d|\
4vl~emp:2~?_++,B!* 1|\
4vm~emp:3~?_++,B!* 2|\
4vo.1~hrd-ncs~HR!4*i,Z*d|\
4vo.2~hrd#s='~HR!4*i*f|\
4vp.1~dt:.~`i>_8c*d|\
4vq.1~dt-vra~`i>_*r RecoveryYQ|\
4w7~sflow~sFlow traffic8o|\
4w8.1~streletz~Argus-Spectr security$C fire-prevention[K*f|\
4wa~:i$e~|\
4wb~:i<F~|\
4we~adap~AppY4$C!0+&|\
4wj~pmcs~#!,A|\
4wo~]E-mu~]@#' Multi>`|\
4wr.2~ndn~Named<}8p|\
4wy~]E$*~]@#'!*,n|\
4x7.1~redis~An advanced<2-value^n$C store|\
4xa~metatude-mds~Metatude Dialogue!*|\
4xh~clariion-evr01~|\
4xi~]E#u~]@#' WebService$K|\
4xs.0~#J-cms~[&*y CMS contact=&|\
4xt.0~#J-was~|\
4xu.0~#J-eventsrv~|\
4xv.0~#J-cachesvr~|\
4xw.0~#J-filesvr~[&*y8d+A!,|\
4xx.0~#J-pagesvr~[&*y8d+A!,|\
4xy.0~#J-processsvr~[&*y8d+A!,|\
4xz.0~#J-resssvr1~[&*y8d+A!,|\
4y0.0~#J-resssvr2~[&*y8d+A!,|\
4y1.0~#J-resssvr3~[&*y8d+A!,|\
4y2.0~#J-resssvr4~[&*y8d+A!,|\
4y9~faxcomservice~Faxcom*j*d|\
4ya.1~syserverremote~S#-server!D&H|\
4yb.1~svdrp~^E VDR+&|\
4yb.2~svdrp='~^E VDR+&Y4|\
4yc~nim-vdrshell~|\
4yd~nim-wan~|\
4yo.1~pgbouncer~|\
4yw.1~heliosd~# !O|\
4yy.1~tarp~TransitoryZ_[ +&|\
4yz~#9#S^G~!:+2*x^K!B|\
4z0~$!-qmaster~$o!7]a*d=%+(=#=$!+*f= #3 aZ^$B #$$!_*V#$.|\
4z0~$!_*V~$o!7]a*d|\
4z1~$!-execd~$o!7YF*d=%+(=#=$!+*f= #3 aZ^$B #$$!_execd#$.|\
4z1~$!_execd~$o!7YF*d|\
4z2~=y^M~|\
4zb~<r>c-recv~SKIPZg]%|\
4zc~<r>c-send~SKIPZg@V|\
4zk~ieee11073{Z~${8n$B medical!Q,[#A accordance#4 IEEE 11073{Z|\
4zr~lvision#2~LVision*h*e|\
500~#9#S=,~!:+2*x=.!B|\
501~servicetags~|\
502~ldoms=-~?n]U8cY5|\
503~SunVTS-RMI~|\
504~#9#S-jms~!:+2*x JMS!B|\
505~#9#S=M~!:+2*x IIOP!B|\
506~#9#S`^~!:+2*x IIOPS!B|\
507~#9#S=M-aut~!:+2*x IIOPAuth!B|\
508~#9#S<=~!:+2*x%3!B|\
509~#9#S^A~!:+2*x^@!B|\
50k~$^~$U;}|\
50l~$^-servc~$U Servc=%+(=#=$!+*f= #3 aZ^$B #$$^_servc#$.|\
50l~$^_servc~|\
50m~$^-servm~$U Servm=%+(=#=$!+*f= #3 aZ^$B #$$^_servm#$.|\
50m~$^_servm~|\
50n~$^-clntd~$U Clntd=%+(=#=$!+*f= #3 aZ^$B #$$^_clntd#$.|\
50n~$^_clntd~|\
50p~%.>4~$U^@[;<z=%+(=#=$!+*f= #3 aZ^$B #$%._%z#$.|\
50p~%._%z~$U^@[;<z|\
50q~%.-pub~$U^@!`<z=%+(=#=$!+*f= #3 aZ^$B #$%._pub#$.|\
50q~%._pub~$U^@!`<z|\
50r~%/>4~$U%P!*#([;<z=%+(=#=$!+*f= #3 aZ^$B #$%/_%z#$.|\
50r~%/_%z~$U%P!*#([;<z|\
50s~%/-pub~$U%P!*#(!`<z=%+(=#=$!+*f= #3 aZ^$B #$%/_pub#$.|\
50s~%/_pub~$U%P!*#(!`<z|\
50t~mgcs-mfp<{~|\
50u~mcer<{~|\
50v.2~dccp$J~Datagram Congestion*g+&,]$B$iYJ~6773|\
50x.1~;F$N~;@=!$D~7589^9918|\
50y.1~^}$N~Syslog=!$D~5425|\
50y.a~^}$N~^}=!=7~6012|\
50z~elipse-rec~Elipse$V+&|\
51r~lds-distrib~|\
51s~lds^!~LDS Dump*d|\
51v~#?-6547~|\
51w~#?-654#)~|\
51x~#?-6549~|\
51y~fg-sysupdate~|\
51z~sum~[s!G*e|\
524.1~checkmk^>~Checkmk8f^=|\
526~xdsxdm~|\
52e~sane<{~SANE*g<z|\
52g.1~>{-store~CanIt*w*e=%+(=#=$!+*f= #3 aZ^$B #$>{_store#$.|\
52g.1~>{_store~CanIt*w*e|\
52g.2~rp-reputation~Roaring Penguin#7[Z Reputation8s|\
52r~affiliate~|\
52s~{ ;5~`m Masterserver|\
52t~{ =]~`m=0#<@q|\
52u~{ =m~`m Gameserver|\
52v~joaJewelSuite~|\
53c.1~mshvlm~+- Hyper-V Live8%|\
53d.1~mstmg-sstp~+-?/8c*m SSTP|\
53e.1~wsscomfrmwk~;C WSS,YY?|\
53m~bencher~Bencher$K|\
53v~}i-ftps~ODETTE-FTP=!$D/#8~5024|\
53w~kftp=)~[l V5%Q<}|\
53x~kftp~[l V5%Q*g|\
53y~mcftp~+S%Q|\
53z~ktelnet~[l V5!q|\
540.1~8R#B~8D+8|\
541.1~8R%>~8D*k|\
542~wago[%~WAGO*d$C!G|\
543~}h~Allied Electronics NeXGen|\
544~afesc#W~AFE Stock*p M/C|\
545~}h-aux~Secondary#( (non@8)`)+B`)-functionY=#4$O Allied@8^q?6#5 forecourt controllers|\
548.1~mxodbc]7~eGenix mxODBC[*|\
549.2~=*-vpath-tun~=3 vPath+) Overlay|\
54a.2~<k#t~<XZfZe%Z$)>a&P|\
54b.2~<k$J~ZT@L[I#A$L:%.~7510|\
54c.2~<k$J>2~ZT@L[I#A$L:%=E=7.~7510|\
54g.1~ovsdb~$[ vSwitch+,+'~7047|\
54t~openflow~|\
54v.1~pcs-sf-ui-man~PC SOFT -++]y UI/manager|\
54w.1~emgmsg~&f*j*g*d|\
54x.2~palcom='~PalComY4|\
55a~[Y-gold~[T;*!mY7|\
55b~p4p;9~P4P;S*d|\
55c~^R!/~^R_^I=%+(=#=$!+*f= #3 aZ^$B #$^R_^I#$.|\
55c~^R_^I~|\
55d~^R=C~^R_$_=%+(=#=$!+*f= #3 aZ^$B #$^R_$_#$.|\
55d~^R_$_~|\
55i.1~vfbp~:X]W!_+&|\
55i.2~vfbp='~:X]W!_Y4|\
55j~osaut~Osorno8h|\
55r.1~}R-ctrace~8C$B cTrace*j*d|\
55s.1~}R-tcpip~8C$B$I/IP*j*d|\
55t~tsa~Tofino+.Yw|\
55u.1~cleverdetect~CLEVERDetect*j*d|\
560.2~babel~Babel*t+&~8966|\
561.1~ircs-u~[!^H=G via$D/#8~7194|\
563.2~babel>2~Babel*t+&=!=7~8968|\
565~kti-icad=N~KTI/ICADZ=|\
566~e;^$G~e-Design*o|\
567~e;^$n~|\
568.4~$1-hp~`k HP (High+1)[,~5811|\
569.4~$1-mp~`k MP (Medium+1)[,~5811|\
56a.4~$1-lp~`k LP (Low priority)[,~5811|\
56i~ibprotocol~[! Backplane+&|\
56j~fibotrader%<~Fibotrader,o|\
56k.1~princity^>~|\
57z~#;>m^>~#H]_ AGENT|\
580~#;>m-mgrd~#H]_ MGRD|\
581~adi-gxp-srvprt~ADInstruments GxP!*|\
582~}m=,~&n@e|\
583~}m^G~&n{P|\
589.1~ntz:6~8[]n|\
58a.1~ntz$w];~8[ p2p[f!?|\
58g.2~bfd-lag~,I8xYS (BFD)#D=1 Aggregation^U (LAG) Interfaces~7130|\
58h~dgpf-exchg~DGPF Individual+0|\
58i~smc<=~#:>!$E*v%3|\
58j~smc^A~#:$E*v^@|\
58k~smc=,~|\
58l.1~radg~GSS-API$B$O?#!-,n!5|\
58m~hnmp~|\
58n~hnm~Halcyon*i*e|\
58x~acnet~#!*g!.+&|\
59d.1~pentbox-sim~PenTBox!3 IM+&|\
59r~ambit#2~|\
5a1~netmo-default~|\
5a2~netmo=,~|\
5aa~iccrushmore~|\
5as.1~:]$%~:7*u*p|\
5as.2~:]-st~:7!F|\
5bc~muse~|\
5bo.1~rtimeviewer~R#&TIME?1<}Y5|\
5bp.1~jetstream~^w JetstreamY:+'|\
5cc~split=o~Ping=E RX/TX latency/loss{W|\
5cn~ethoscan~EthoScan*d|\
5co~xsmsvc~XenSource8c*d|\
5cy~bioserver~Biometrics!*|\
5d3~otlp~|\
5dd~jmact3~|\
5de~jmevt2~|\
5df~swismgr1~|\
5dg~swismgr2~|\
5dh~swistrap~|\
5di~swispol~|\
5dl~acmsoda~|\
5dm.1~&&~Conductor@l coordination+'|\
5dm.4~&&-mpx~&&$B87|\
5dw.2~qolyester~QoS-extended OLSR+'|\
5ed~MobilitySrv~Mobility XE+&|\
5ee~iatp-highpri~|\
5ef~iatp-normalpri~|\
5eg~$]-fileserver~file!, itself|\
5eh~$]-callback~callbacks#4^n managers|\
5ei~$]-prserver~users #% groups+8|\
5ej~$]-vlserver~!#&M+8|\
5ek~$]-kaserver~AFS/[l,r*f|\
5el~$]-volser~!#85!,|\
5em~$]-errors~error interpretation*f|\
5en~$]-bos~basic overseer[7|\
5eo~$]!e~^I#<!/ updater|\
5ep~$]-rmtsys~^Q^n[.*f|\
5eq~ups-onlinet~onlinet uninterruptable{U supplies|\
5er~@1='~TalonY4<z|\
5es~@1!Y~|\
5et~8Y-dis~8HY4|\
5eu~8Y%<~8H,o|\
5ev~@18?~|\
5ew~spg~#! Controls]P|\
5ex~grasp~GeneRic AutonomicYI+&~8990|\
5ey.1~fisa$e~FISA*d|\
5ez.1~`>%>~`>]v*f*k|\
5ez.2~`>-view~`>]v*f?= view|\
5f0~dpserve~|\
5f1~dpserveadmin~|\
5f2~ctdp~CTY4+&|\
5f3~ct2nmcs~?W T2 NMCS|\
5f4~vmsvc~&w*f|\
5f5~vmsvc-2~&w*d II|\
5f6.1~loreji{m~Loreji Webhosting`J|\
5fa~op{o~ObjectPlanet probe|\
5fb.1~iposplanet~#! retailing`)]u+'|\
5fk.2~>G='~=wZa level*o*fY9|\
5ge~arcp~|\
5gf~iwg1~IWGADTS Aircraft Housekeeping*j|\
5gg.1~iba$k~iba!4,Z+&|\
5gg.2~iba$k='~iba!4,Z+&|\
5gh.1~martalk~MarTalk+'|\
5go~empowerid~EmpowerID,Y|\
5gw.2~zixiYX~#.ixi live`XY>+'|\
5h3.2~jdp='~<VY4+&|\
5h7~lazy-ptop~|\
5h8~font[%~X Font*d|\
5h9~elcn~[O Light*g*i|\
5hf.2~aes-x170~|\
5hp.1~rothaga~&g chat$C=9+5*f|\
5ht~virprot#2~!E Prototypes*h*e|\
5hv.1~snif~#!%2#<-End$D^H*g8e~draft-zubov-snif-05|\
5hv.2~snif~#!%2#<-End$D^H=!>'~draft-zubov-snif-05|\
5i0~scenidm~intelligent=([.|\
5i1~scenccs~Catalog[+!W|\
5ix~cabsm=A~|\
5iy~caistoragemgr~CA*w*e|\
5iz~cacsambroker~CA8e!=|\
5j0~fsr~%C!.Z&^=|\
5j1~doc!/~[j WCF!*|\
5j2~aruba!/~Aruba eDiscovery!*|\
5j3.1~casrmagent~|\
5j4.1~cnckadserver~cncKadServer#n #% Inventory+)|\
5j5~ccag-pib~ConsequorZ2[G,&!_|\
5j6~nsrp~Adaptive=4/!:8{|\
5j7~drm-production~+c$C Retention Mgt Production|\
5j8.1~metalbend~${=5$B MetalBend programmableY=|\
5j9.1~zsecure~zSecure!*|\
5ja~clutild~|\
5jh.2~janus='~Janus Guidewire8dY4*d% |\
5k0~fodms~#! FLIP|\
5k1~dlip~|\
5k2.1~pon-ictp~>=-Channel Termination+& (ICTP)$B`)-wavelength PON (Passive Optical*i)[K~https://www.broadband-forum.org/technical/download/TR-352.pdf TR-352|\
5kf.1~PS!a~Communication ports$B PaperStream!*+4|\
5kg.1~PS-Capture-Pro~PaperStream]  Professional|\
5kr~ramp~:P A #% M+&|\
5ks.1~citrixupp~^dYd+?<z|\
5kt.1~citrixuppg~^d UPP*m|\
5ky.1~asa-gateways~Traffic forwarding$B Okta{O infra|\
5kz.2~aspcoordination~ASP Coordination+&|\
5l0.1~display~Wi-Fi&, Wi-Fi[_+&|\
5l1.1~pads~#! (Public=F[_!.)!*|\
5l8.1~$1^+~:E]O`IY5*g+&|\
5l8.2~$1^+='~:E]O`IY5*g+&|\
5lq~cnap~Calypso*i!0+&|\
5m0~watchme-7272~WatchMe8f 7272|\
5m1~#_-rlp~#N]&+/|\
5m2~#_-rlp-s~#N]&+/ SEC|\
5m3~#_-ulp~#N UserPlane+/|\
5m4~#_-ilp~#N+X+/+&|\
5m5~#_-ilp-s~#N+X+/!3+&|\
5m6~#_-dcdocbs~#N[#[++E=! CBS|\
5m7~ctxlic~^dYG|\
5m8~itactionserver1~|\
5m9~itactionserver2~|\
5ma.1~mzca-action~Z[/Y/ (M#.CA)!,|\
5ma.2~mzca-alert~Z[/Y/ (M#.CA) alert|\
5mb.1~genstat~?d Statistics8q+&|\
5ol~lcm!/~LifeKeeper,o|\
5pb~mindfilesys~mind^$!?!,|\
5pc~mrssrendezvous~mrss-rendezvous!,|\
5pd~nfoldman~nFoldMan!- Publish|\
5pe~fse~%C!? export#5!s images|\
5pf~winqedit~|\
5ph~hexarc~Hexarc*u+Y|\
5pk~<pY;~|\
5pl~<p-dd-ut~RTPS<},U=/:'|\
5pm~<p-dd-mt~RTPS<},U>S:'|\
5pu~ionixnetmon~Ionix*i*q|\
5pv~daqstream~Streaming#5 measurement=(|\
5q4.2~ipluminary~Multichannel@j=`&L*k|\
5q5~mtportmon~Matisse<z*q|\
5qa~pmdmgr~['#P Postmaster*e|\
5qb~oveadmgr~['#P^D^=*e|\
5qc~ovladmgr~['#P%#^=*e|\
5qd~opi^9~['#P rqt,[|\
5qe~xmpv7~['#P xmpv7%Y@h|\
5qf~pmd~['#P ovc/xmpv3%Y@h|\
5ql~faximum~|\
5qr~oracleas^G~^BZ_!*^K|\
5rj.1~sttunnel~StatelessY6Yc+&|\
5rl~rise~Rise#* The Vieneo Province|\
5rm.1~neo4j~Neo4j Graph+,|\
5rq.1~openit~IT Asset8c|\
5s3~telops%@~|\
5sc~silhouette~Silhouette=/|\
5sd~ovbus~HP+p% !5|\
5sk.1~adcp~Ym!4,Z+&|\
5sl.1~acplt~#! -[7ZD*f|\
5sm~ovhpas~HP+pZ_!*|\
5sn~pafec#2~|\
5ti~saratoga~Saratoga+*+&|\
5tj~atul~# !,|\
5tk~nta#F~,1 DisplayServer|\
5tl~nta-us~,1 UtilityServer|\
5tm~cfs~=3;L*f|\
5tn~cwmp~Broadband Forum CWMP|\
5to~tidp~ThreatZ`,=+&|\
5tp~nls#c~!2^VYIY6^V|\
5tq.2~cloudsignaling~CloudYI*d|\
5tr.1~controlone-con~ControlONE*v88|\
5u0~sncp~Sniffer*u+&|\
5u3.1~cfw~!zY?~6230|\
5u6~vsi-omega~|\
5u9.1~dell-eql-asm~%B EqualLogic=8^U8c|\
5ua~aries-kfinder~|\
5ue.1~Y!~^BY]*s*d|\
5ue.2~Y!='~^BY]*sY9*f|\
5uf.1~wtmi{m~Main!8=&$B WTMI`J|\
5us~#9#2~#:*h*e|\
5va~mipi`-~MIPI&,^[|\
5vs~indi~Instrument NeutralZcY5|\
5vu.1~simco~};8$,b (#!)!*~4540|\
5vu.4~simco~};8$,b (#!)|\
5vv~soap=,~SOAP*d<z|\
5vw~zen-pawn~Primary^= Work,<|\
5vx~xdas~OpenXDAS Wire+&|\
5vy.1~hawk~HA$E Konsole|\
5vz.1~tesla%j%(~TESLA!.Y8|\
5w1~pmdfmgt~PMDF8c|\
5wg~cuseeme~bonjour-cuseeme|\
5wv~rome~ZY immutableZp=([f|\
5x0.1~authoritygate~AuthorityGate!3$K,[$B Orchestrated task sequencing|\
5x4.1~imqstomp~iMQ{A!*|\
5x5.1~imqstomps~iMQ{A!*=!$H|\
5x6~imqtunnels~iMQ$H??|\
5x7~imqtunnel~|\
5x8~imqbrokerd~iMQ!=8q|\
5x9~#9>9^G~#:$R!* -^K|\
5xc~ms-do~+-+E,E=0#<@q|\
5xf.1~dmt~Cleondris DMT|\
5xj.1~bolt~Bolt+88}|\
5xl~collaber~Collaber*i*d|\
5xm.1~sovd~!:-Oriented]q Diagnostics|\
5xt~klio~#!,q|\
5xw.1~em7-secom~EM7!3,o|\
5xx.4~nfapi~SCF nFAPI defining MAC/PH#-{W|\
5y3~sync-em7~EM7[#]-|\
5y4~scinet~]G.#K|\
5yg~medimageportal~|\
5yk~nsdeepfreezectl~^w Snap#R Deep Freeze*g|\
5yl~nitrogen~Nitrogen*d|\
5ym~freezexservice~FreezeX*v*d|\
5yn~trident=)~Trident*n<}|\
5yo.7~osvr~$[-Source*r]e|\
5yu~smip~Smith+&=!#7|\
5yy~aiagent~HP8dY4^=|\
5z1~scriptview~ScriptView*i|\
5z2.1~msss~Mugginsoft;-!**d|\
5z3~sstp-1~}<;-+*+&|\
5z4~raqmon-pdu~~4712|\
5z7~prgp~Put/Run/Get+&|\
5zz.1~inetfs~A=+!.^J$D=! a>[>X*o|\
601~cbt~|\
602~interwise~|\
603~vstat~|\
605~accu^.~|\
608.2~s-bfd~Seamless Bidirectional8xYS (#!)~7881|\
60a~minivend~|\
60b~popup-reminders~Popup Reminders]%|\
60d~office-tools~Office`&%6]%|\
60i~q3ade~#!*s*d|\
60l~pnet>f~}9YR=&|\
60m~pnet-enc~}9 Encoder=&|\
60n~altbsdp~&_ BSDP*d|\
60o~asr~=a++[d|\
60p~ssp!<~^C!*+& -!C|\
60q.2~vns-tp~Virtualized*i+)!>+&|\
60y~rbt-wanopt~:R WAN,E+&|\
61x~#?-7#)45~|\
61y~#?-7#)46~|\
61z.1~csoauth~A]2<2,r+' made#Q CSO|\
62l.1~mobileanalyzer~MobileAnalyzer#% MobileMonitor|\
62m.1~rbt-smc~:R Steelhead!K*d|\
62n.1~mdm~`7!48c|\
62o.2~mipv6tls~#Y^q!K@H+.~6618|\
62u.1~owms~Opswise*j*d|\
62w~pss~?w|\
633~ubroker~+I!=|\
63g~mevent~+S^D|\
63h~<u$A~<Z*d+&|\
63i~<u-dp~<Z shell+&|\
63j~<u<;~<Z!3 DiaguardProtocol|\
63t~qo!c~QuickObjects!9=&|\
64c~t2-drm~Tier 2<}+3*e|\
64d~t2-brm~Tier 2+C{?*e|\
656~generalsync~&g#( extendable#(]z-purpose,y+'|\
65b~supercell~|\
65n~&'-ncps~|\
65o~>G{x~|\
65p.1~@0-collect~&%#D$X!*[( Collect|\
65q.1~@0^>~&%#D$X!*[(^=|\
65q.2~@0='~&%#D$X!*[(^=Y4|\
665.1~pushns~PUSH,<*d|\
666.2~usicontentpush~USI[+=X*d|\
667~irdmi2~|\
668~irdmi~|\
669~vcom!R~|\
66a~teradataordbms~|\
66b~mcreport~Mulberry[*YN*d|\
66c.1~p2pevolvenet~Opensource Evolv8d+7%%*i=g8e+&|\
66d~mxi~#!Z9 II$B z/OS|\
66e.1~wpl-analytics~=QZk80|\
66e.2~wpl='~=QZk80Y9|\
66f~warppipe~I/O oriented[-Yf+_|\
66g~$g$u~$pYK|\
66h.1~nvme='~NVMe=!]VY4*d|\
66n.1~cfg{d~,J`!*d|\
66o.1~ads-s~Beckhoff8h!4,a|\
66p.2~=*-cloudsec~=3 Cloudsec Dataplane<z;Q|\
66r~qbdb~QB#n[#<z|\
66s~intu-ec-svcdisc~}+,$*d$CY4|\
66t~intu-ec!<~}+,$!1|\
66u~oa!x~|\
66v~arca%`~ARCATrust vault$K|\
66x~ca`,-da~CA^T,=^=|\
66y~ca`,#F~CA^T,=!*|\
66z~papachi$w$P~peer tracker$C=(`**f|\
674~pro-ed~|\
675~mindprint~|\
676~Y0=-~.Y08c|\
67c~ampify~AmpifyY8+&|\
67d~enguity-xccetp~Xcorpeon ASIC]P+FY6|\
67e.1~fs^>~&!^=|\
67f.1~fs!/~&!!*|\
67g.1~fs=-~&!8cY5|\
67n.1~rocrail~Rocrail!1*d|\
67o~senomix01~!T8m!*|\
67p~senomix02~!T8m!1 #/1=L8n#0|\
67q~senomix03~!T8m!* #/1=L8n#0|\
67r~senomix04~!T8m!* #/1=L8n#0|\
67s~senomix05~!T8m!* #/1=L8n#0|\
67t~senomix06~!T8m!1 #/1=L8n#0|\
67u~senomix07~!T8m!1 #/1=L8n#0|\
67v~senomix0#)~!T8m!1 #/1=L8n#0|\
67w.2~aero~Asymmetric&5 Route,E (#!)~6706|\
67x.1~nikatron%'~Nikatron!4+&|\
682.1~toad-bi:(~Toad BIZ_!*|\
683.1~infi-async~Infinidat asyncZi|\
686.1~ucs-isc~^B],,Y^]'s Indexed!W Converter|\
68a~gadugadu~|\
68g~$g$u~$pYK (see=& #)0)|\
68h~sunproxyadmin~#:^F^@*d|\
68i~us%b~&v (^u)|\
68j~us$P~&v (^N)|\
68k.1~websnp~Snarl*i+&=!=.|\
68m~d-s-n~8k SCADA8p8q<z|\
68n~simplifymedia~:T^W SPP+&|\
68o~radan=,~|\
68q.1~opsmessaging~Vehicle#4:#Y:|\
68r.1~jamlink~Jam=1Y?|\
68x~sac~#!<z Id|\
690~xprint!/~|\
691.1~ldoms^0~?n]U8%|\
692.1~kz^0~^B;N zonesYg!,|\
69b.2~skynetflow~Skynetflow*o+4|\
69f~mtl#)000-matrix~|\
69g~cp[A~Check^X Clustering|\
69h.1~purityrpc~PurityZiZE$C!D8g|\
69i~privoxy~Privoxy=.^o|\
69l~^e=)~`b<}<z|\
69m~^e^A~`b^@<z|\
69s~*S-online~?v!m+&|\
69t~*S-wbp~?v Wallet-Browser|\
69u~`x-vrmi~|\
69v~`x-vbcp~|\
69w~dbabble~|\
6a4.1~puppet~#C Puppet?8*f|\
6ac~isdd~i-SDD=9+5|\
6ad.2~eor=m~Edge#5]e=;=(|\
6ah.1~quantastor~QuantaStor8cY5|\
6ao~^g~|\
6ap~^g>8~|\
6aq.1~lpar2rrd~#!!C!,,[|\
6b9.1~intermapper~Intermapper*o8g!?|\
6ba~vmware-fdm~VMware{0!B*e|\
6bb.1~proremote~|\
6bc~itach~^? iTach8e|\
6bi.1~gcp-rphy~!{*k{T$B RPH#-|\
6bj.1~limnerpressure~|\
6bk~spytechphone~SpyTech{<*d|\
6bm~blp1~+R=($K|\
6bn~blp2~+R feed|\
6br~vvr=)~|\
6bs~trivnet1~*&|\
6bt~trivnet2~*&|\
6bu.2~aesop~>:#']>+O>%+&|\
6bw~lm-perfworks~|\
6bx~lm-instmgr~|\
6by~lm-dta~|\
6bz~lm-sserver~|\
6c0~lm-webwatcher~|\
6c3.2~aruba-papi~Aruba+; AP8g|\
6cm~rexecj~RexecJ!*|\
6cn.2~hncp$J<{~HNCP~7788|\
6co.2~hncp>2<{~HNCP=!=7~7788|\
6cz~;s-nhttps~;h%W&-^K|\
6dm.2~espeasy$w~ESPeasy=k-2=],[|\
6dq.1~robot!@~RobotY?!-[$Y5|\
6dw~ms-mcc~+- Connected{,|\
6e0~;s-nhttp~;h%W&-=.|\
6e2.1~*G~?l,e|\
6e2.2~*G='~?l,eY9|\
6ec~blp3~+R professional|\
6ed.1~hiperscan#b~Hiperscan,s*d|\
6ee~blp4~+R intelligent!C|\
6ek~tmi~+e8cY5|\
6el~amberon~Amberon PPC/PPS|\
6ex.1~hub-open$G~Hub>%*i|\
6f4~tnp+`~Thin(ium)*i+&|\
6f5~tnp~Thin(ium)*i+&|\
6f6~garmin-marine~|\
6fz~^I^%~|\
6go~^x-enum~|\
6gp~^x-swroute~|\
6gq~^x!H~|\
6gr~^x-diags~|\
6gs~^x!e~|\
6gv~m2mservices~|\
6gw.2~marathontp~]?Y6+&|\
6hc~cvd~|\
6hd~sabarsd~|\
6he~abarsd~|\
6hf~}I~|\
6hg.1~svcloud~8M`!|\
6hh.1~svbackup~8M!6|\
6hr.1~dlpx$A~Delphix*z+&|\
6hs~*=~*9*z+&|\
6ht~*=-rtp~*9 RTP+&|\
6hz.1~aritts~Aristech>-#<-speech!,|\
6i8.1~pgbackrest~8J!6|\
6i9.2~aws-as2~Non Persistent[($CZ_Y@|\
6ii~cybro-a%a~CyBro A%a+&|\
6ij~}l^G~|\
6ik~}l=,~|\
6il.1~copy~${$B>*=k sync feature|\
6il.2~copy='~${$B>*Y9|\
6io.1~`@-fed~`6 Federation+&|\
6iq~%y~|\
6ix.1~nexentamv~Nexenta8c<*|\
6ja.1~=*-avp~=3[ZZ'+&|\
6jb.5~pim<{~PIM=!+ZY6~6559|\
6jc~otv~?uY6,u (#!)|\
6jd~vp2p~!E^X#4^X|\
6je~noteshare~AquaMinds NoteShare|\
6k4~fmtp~`j*j+*+&|\
6k5.1~cmtp-mgt~C#-TEL*j+*8c|\
6k5.2~cmtp-av~C#-TEL*j+*^j$C^O|\
6k6.1~ftnmtp~FTN*j+*+&|\
6k7.2~lsp-self=o~<X LSP Self-Ping~7746|\
6lm~rtsp$u~RTSPYK (see=& 554)|\
6ln~d-fence~S#-MAX #!|\
6lz~dof!R~DOFYc+&|\
6mw~asterix~,5<}|\
6n5.2~=R-cpp='~=O Compact]`+&Y4|\
6n6~=R-mfnp~=O MFNP*d|\
6n7~=R-bjnp1~=O={<z 1|\
6n8~=R-bjnp2~=O={<z 2|\
6n9~=R-bjnp3~=O={<z 3|\
6na~=R-bjnp4~=O={<z 4|\
6nb.1~imink~Imink*d*g|\
6op.1~*L~|\
6oq.1~*L^A~Monetra Administrative!0|\
6os.1~spartan~Spartan8g|\
6oz.1~msi<7$?~:HYA&1Zk++$B`M8c|\
6oz.2~msi<7$?='~:HYA&1Zk++$B`M8cY4|\
6pa~#9#L-jmxrmi~#:$R!* -%3/RMI|\
6pc.1~openremote=B~OpenRemote8j=./REST|\
6pn.1~vnyx~#! Primary<z|\
6py.1~semi-grpc~<e$B SEMI Standards implementations|\
6pz.1~nvc~^a{K*g|\
6qk.2~dtp$G~DASGIP$W+)|\
6ql~ibus~|\
6r2.1~dey-keyneg~DE#-*w%4Zv|\
6rf~mcYW~|\
6rg~openqueue~|\
6rh~ultraseek=,~|\
6ri~amcs~?P,B*d|\
6rj.1~core$)-source~Online!t,/=;|\
6rk.1~sandpolis~Sandpolis!*|\
6rl.1~oktaauthenticat~Okta MultiPlatform!0=W$B`!@X|\
6rm~dpap~!Z Photo!0+& (iPhoto)|\
6ru.1~uec~StonebranchYd8d8j|\
6s2~msgclnt~!M!1|\
6s3~msgsrvr~!M!*|\
6s9~acd#t~AccedianZfZe|\
6sg~sunwebadmin~#:$E!*^@*d|\
6sk~truecm~|\
6sl.2~pfcp~Destination<z number$B PFCP|\
6sn.2~hes-clip~#!,{+'|\
6so.2~ssports`Z~STATSportsYL*d|\
6sp.2~<M-monp~MCPTT Off]5+& (MONP)~http://www.3gpp.org/ftp//Specs/archive/24_series/24.379 3GPP TS 24.379 v13.5.0s|\
6uh~dxspider~#  linking+'|\
6uo~cddbp$u~CDDBP|\
6up.1~galaxy4d~Galaxy4D!m=I!7|\
6ur~^h-mqtt~|\
6uw.1~#E$M-1~[o!,$I (#X 1)|\
6uw.2~#E$J-1~[o!,$L (UDP 1)|\
6ux.1~#E$M-2~!L<}$I 1|\
6ux.2~#E$J-2~[o!,Ye|\
6uy.1~#E$M-3~!L<}$I 2|\
6uy.2~#E$J-3~[o!CYe|\
6uz.1~#E$M-4~!L<}$I 3#*@NZa|\
6uz.2~#E$J-4~!L<}$L 3#*@NZa|\
6v0.1~#E$M-5~!L<}$I 4#*@B]2|\
6v0.2~#E$J-5~!L<}$L 4#*@B]2|\
6v1.1~#E$M-6~!L<}$I 5#*&</#fZa|\
6v1.2~#E$J-6~!L<}$L 5#*&</#fZa|\
6v2.1~#E$M-7~!L<}$I 6#*@;Za|\
6v2.2~#E$J-7~!L<}$L 6#*@;Za|\
6v7~ospf-lite~|\
6v8~jmb-cds1~|\
6v9~jmb-cds2~|\
6vg.1~dpp~WFA!4,F+&|\
6vi~*K=,~|\
6vj~*K-xml~|\
6vk~wcbackup~;C!1!6|\
6vl~dragonfly~Dragonfly!.*d|\
6w9.1~twds~Transaction Warehouse<}*d|\
6wp.1~ub<:*l~unbound dns nameserver*k|\
6wq~*5^A~Cumulus^@<z|\
6xg~nod-provider~!2#5[3 Provider|\
6xh.2~nod!<~!2#5[3!1|\
6xp~sunwebadmins~#:$E!*$H^@*d|\
6xq~$g-wmap~;t=.*f|\
6xr~@&-wmap~;t^K*f|\
6xx.1~^P-ms-ens~^BY8!*^D,<*d|\
6xy.1~canto-roboflow~Canto RoboFlow*g|\
6xz~bctp~Brodos Crypto Trade+&|\
6y0~cslistener~|\
6y1~etlservicemgr~ETL*d*e|\
6y2~dynamid~DynamID,r|\
6y5.1~golem~Golem^k;[$V|\
6y7.2~ogs!<~$[@F+)!1|\
6y8.1~ogs!/~$[@F+)!*|\
6y9~pichat~Pichat!*|\
6ya.1~sdr~^C<} Replicator+&|\
6yb.2~d-star~D-Star*t digital voice#'$}$B amateur{V|\
6yk~tambora~|\
6yl~panagolin-ident~Pangolin,s|\
6ym~paragent~PrivateArk!-^=|\
6yn~swa-1~^C$E!0 - 1|\
6yo~swa-2~^C$E!0 - 2|\
6yp~swa-3~^C$E!0 - 3|\
6yq~swa-4~^C$E!0 - 4|\
6ze.1~versiera~Versiera^=+:|\
6zf.1~fio-cmgmt~})$>[]*e*d|\
6zo.1~;=-IO~;=]3+z I/O+9|\
6zo.2~;=-RT~;= realtime!Q=(|\
708~glrpc~Groove GLRPC|\
709.2~=*-aqos~Required$B Adaptive]b#5*d|\
70a.4~lcs$<~LCSZ_+&|\
70b.1~#z-pp:.~#I PowerPath=W*d|\
70c.7~`o~#6 AURORAZf Visualizer|\
70d~#=-rsyscon~#6!-!.*v|\
70e~net2display~Vesa Net2Display|\
70f~classic~;><}!*|\
70g~*_~#6&8$XY5|\
70h~*_$F~#6&8$XY5 -Y^|\
70i~websm~|\
70j~xmltec-xmlmail~|\
70k~XmlIpcRegSvc~Xml-Ipc!* Reg|\
70l.1~copycat~Copycat+8Zi*f|\
70s~hp-pdl-datastr~PDL<}Y@<z|\
70s~pdl-datastream~;B PDL<}?-|\
70t~`q<9~`e+K|\
70u~`q-fd~`e=+!5|\
70v~`q-sd~`e*w!5|\
70w~peerwire~|\
70x~xadmin~Xadmin*g*d|\
70y.1~&}~&`*g*d|\
70y.2~&}='~&`Y4*d|\
70z.1~astergatefax~AstergateFax*g*d|\
713~hexxorecore~:I Purpose#(Zc*j% |\
71b~mxit~MXit]ZY8|\
71e.1~grcmp~^v^H82!t]{Y:+'|\
71f.1~grcp~^v^H82]{Y:+'|\
71n~dddp~![!4Y4|\
72g~apani1~|\
72h~apani2~|\
72i~apani3~|\
72j~apani4~|\
72k~apani5~|\
733~sirius^>~}A,Z^=|\
73b~#9#L-jpda~#: AppSvr JPDA|\
73k~#G$y~#Z,w[J*f|\
73l~#G$y<L~#Z[J*f|\
73m~#G$y-s~#Z!9,w[J*f|\
73n~#G$y<L-s~#Z!9[J*f|\
73o~#G{w~|\
73p~#G-vcal~|\
73q~#G{w-s~#Z{X!3|\
73r~#G-vcal-s~#Z vCal!3|\
73s~rjcdb-vcards~rjcdb{X|\
73t~almobile!x~ALMobile!.*d|\
73u~#_-mlp~#N!K+/+&|\
73v~#_-mlp-s~#N!K+/+&!3|\
73w~serverviewdbms~^N View dbms!8|\
73x~serverstart~ServerStart RemoteControl|\
73y~ipdcesgbs~IPDC ESG BootstrapService|\
73z~insis~YY{D$C[`*d|\
740~acme~Aionex,Y8c!7|\
741~fsc<{~FSC,Y<z|\
746~teamcoherence~QSC TeamY]|\
753~mon~Manager On*i|\
75p.2~traingpsdata~GPS<} transmitted>+ train#4 ground*o|\
75q~*T~Pegasus%R+7|\
75r~*T%>~Pegaus%R!.*gY5|\
75s~pgps~Predicted%R|\
75t~swtp^s~:UY>=& 1|\
75u~swtp`2~:UY>=& 2|\
75v~callwaveiam~|\
75w~visd~!IZ`{C|\
75x~n2h2server~N2H2 Filter*d<z|\
75y.2~n2receive~n28o receiver|\
75z~*5~|\
764~armtechdaemon~|\
765~storview~StorView!1|\
766~armcenterhttp~&[@e*d|\
767~armcenterhttps~&[{P*d|\
76c~vrace~!E Racing*d|\
76i.1~sphinxql~}B;Y!, (=u listener)|\
76m.1~sapms~SAP*j!*|\
76o.1~sphinxapi~}B;Y!,|\
76u~^h-ts~PKIX TimeStamp=!$D|\
76x~guibase~|\
77f.1~gnmi-gnoi~<e*i=W/YoY5|\
77g.1~gribi~<e*tZ`=fY5|\
77j~mpidcmgr~|\
77k~mphlpdmc~|\
77l.1~rancher~Rancher^=|\
77m~ctechlicensing~|\
78e~fjdmimgr~|\
78k~boxp~Brivs##>%8t+&|\
78r.1~d2dconfig~D2D,Z*d|\
78s.1~d2ddatatrans~D2D<}+**d|\
78t.1~adws~^`Y7$E+)|\
78u.1~otp~OpenVAS+*+&|\
790~fjinvmgr~|\
791~mpidcagt~|\
794~sec{v$P~!f{I$B*i!*|\
795~sec{v<6~!f{I$B*i!1|\
796~sec-pc2fax$P~!f PC2FAX$B*i!*|\
79m~git~#  pack+5*f|\
7ab~+!^G~<]&F^K|\
7ac~wso2esb:)~<] ESB,n*v^K|\
7ad.1~mindarray-ca~MindArray*n*v^=|\
7ai~sntlkeyssrvr~[r@J!*|\
7bw~ismserver~|\
7ci.2~sma-spw~SMA Speedwire|\
7cv~mngsuite~YO^]!-*g|\
7cw~laes-bf~,5 buffering&J|\
7df~trispen-sra~Trispen!3!-!0|\
7dj.1~p4runtime~P4Runtime gRPC*d|\
7eg~ldgateway~?j*m|\
7eh~cba#)~?j8c^= (# )|\
7ei~msgsys~!M!.|\
7ej~pds~PingY4*d|\
7ek~mercury='~MercuryY4|\
7el~pd^A~PD,n|\
7em~vscp~Very?+ Ctrl+&|\
7en~robix~|\
7eo~&'-ncpw~|\
7f0~streamcomm#F~StreamComm=/Y7|\
7f2.1~<g$N~iADT+&=!$D|\
7f4.1~[C^>~:f^==%+(=#=$!+*f= #3 aZ^$B #$[C_=?#$.|\
7f4.1~[C_=?~|\
7f5.1~[C!/~:f!*=%+(=#=$!+*f= #3 aZ^$B #$[C_^I#$.|\
7f5.1~[C_^I~|\
7f6~condor~CondorYE*d|\
7fg~odbcpathway~ODBC Pathway*d|\
7fh~uniport~UniPort SSO8j|\
7fi.1~peoctlr~?x8j|\
7fj.1~peocoll~?xYE|\
7fk.2~mc=A~`7-C,o|\
7fs.1~pqsflows~ProQueSys Flows*d|\
7gi.1~zoomcp~#.oom*g`J=I!*8c|\
7gj~xmms2~Cross-platform{8,O!.|\
7gk~tec5-sdctp~tec5 Spectral!4*g+&|\
7ha~`;-wakeup~T!u!1 Wakeup*j|\
7hb~ccnx~Content Centric8p|\
7hg~board-roar~Board M.I.T.*d|\
7ir~l5nas-parchan~L5NAS+q*p|\
7iu~board-voip~Board M.I.T.Zx,d|\
7ix~rasadv~|\
7j6~+!=,~<]&F=.|\
7k8~davsrc~WebDav?,<z|\
7k9~sstp-2~}<;-+*+&-2|\
7ka~davsrcs~WebDAV?,$D/#8|\
7mb~sapv1~!g,@ v1~2974|\
7mc.1~sd~!g+K|\
7md.1~x510~#C X.510 wrapper+'|\
7me.2~kca[%~#C KX509 KerberizedZg Issuance+&#A Use#A 2012~6717|\
7mo~cyborg:5~|\
7mp~gt^M~${$B{+*o related=(^o or repeater|\
7my~monkeycom~|\
7mz.2~sctp-tunneling~~6951|\
7n0.7~iua~|\
7n1.2~%I~# !,[,|\
7n1.4~%I>7~%I!,[,~5353|\
7n2.4~%I>7$N~%I/tls!,[,~5353|\
7n3.2~multicast=o~+S@T+&~6450|\
7n9~domaintime~|\
7nb~sypeYX~S#-PEComY6+&|\
7np.1~!'{d~|\
7oe~#?-9950~|\
7of~#?-9951~|\
7og~#?-9952~|\
7oh~acis~9953|\
7oi.1~hinp~HaloteC8y*i+&|\
7oj.1~;j-stm~?X<z$B]K standardY:|\
7oj.2~;j-mcm~?X<z$B]K multiplexed constrainedY:|\
7ok.2~;j~Alljoyn=4*d|\
7ou~odnsp~OKI<}*i Setting+&|\
7p6.1~!'-rt~X#-BRID RT!*|\
7p7.1~visweather~ValleyZ`*n Weather:#=(|\
7p9.1~pumpkindb~=t sourcing+8?5=E a built#R programming&K|\
7pe.1~kaostransport~KAOS!9[@Y>+'$B safety-critical,S|\
7pf~dsm-scm?M~DSM/SCM TargetY5|\
7pg.1~nsesrvr~[s Essentials!3=.!,|\
7pi~osm:(~OSM Applet!*|\
7pj~osm-oev~OSM^D!*|\
7pk~^f-1~`l-1|\
7pl~^f-2~`l-2|\
7pm~^f-3~`l-3|\
7pn~^f-4~|\
7po~^f-5~|\
7pp~^f-6~|\
7pq~distinct32~|\
7pr~distinct~|\
7ps~ndmp~!2<}8c+&|\
7pt~scp!H~SCP,Z|\
7pu~YZ~#IZ+[+!*[H|\
7pv~YZ-s~#IZ+[+!*[H=%+(=#=$!+*f= #3 aZ^$B #$YZ_s#$.|\
7pv~YZ_s~#IZ+[+!*[H|\
7pw.1~emcrmirccd~#IZb*e!1|\
7px.1~emcrmird~#IZb*e!*|\
7py.1~`z=>~SyncZi+' among different NetApp platforms|\
7pz~mvs&T~|\
7q0~octopus~OctopusZn|\
7q1~swdtp-sv~,6[(;,|\
7q2.1~rxapi~ooRexx rxapi+4|\
7qc.1~abb-hw~[k,^$C,.|\
7qf.2~cefd-vmp~?W EF@o's Vipersat8c+&|\
7r6~!(^>~|\
7r7~!(-trapper~|\
7rb.1~qptlmd~Quantapoint FLEXlmYG*d|\
7s0~amanda~|\
7s1~famdc~FAM Archive!*|\
7sk~itap-ddtp~!I ITAP DDTP|\
7sl~Y&-2~e#.meeting|\
7sm~*?-2~e#.proxy|\
7sn~ezrelay~|\
7so~swdtp~,6[(;,|\
7sr~bctp!/~!I BCTP#(!,|\
7su~nmea-01#)3~#! Navigational<}|\
7sv.2~nmea-onenet~NMEA OneNet86Y:|\
7sx~=T-endpoint~|\
7sy~=T-qcheck~|\
7sz~=T{g~=c+L|\
7t0~=T-voipa~=c VoIP+i|\
7t1~iqrm~=c IQCResource Managament Svc|\
7t9.1~cimple~HotLink CIMple=J$K|\
7tc~#;>m-sd~#H-PERFORM-SERVICE DAEMON|\
7td.1~#;-gms~#H General*e!*|\
7u8~qb#B!/~QB+,!*|\
7u9.1~*^~~6353|\
7u9.2~:{~~6353|\
7ua.1~*^=D~%q@u<5~6353|\
7ua.2~:{=D~%q@u-DTLS~6353|\
7vc~trisoap~Trigence AE Soap*d|\
7vd.1~rsms~^?!*8c*d|\
7vd.2~rscs~^?!**g$C=:*d|\
7ws~^e^t~`b^H<z|\
7wt.2~eapol^t~Relay#5 EAPOL frames|\
7x0~axis-wimp<{~|\
7x1.1~tile-ml~Tile!D[? learning|\
7xs~blocks~|\
81z.2~bngsync~BalanceNG[J`W,y+'|\
823.1~cirrossp~CirrosSPZl,Y|\
83o.2~hip<A-t~HIP$iYi~5770^9028|\
84s~#M-lower~#M^W!; Metadata<z|\
84t~#M-upper~#M Running Order<z|\
84u~#M-aux~#M%T+1<z|\
84v~#M=p~#M=K*x<z|\
84w~#M=p-opt~#M=K Optional<z|\
850.1~serverdocs~=a+m]j*d|\
87b.1~printopia~Printopia{C|\
8c0~gap~Gestor de Acaparamiento para Pocket PCs|\
8c5~lpdg~LUCIA Pareja<}^U|\
8c9.1~nbd~!2{)!4~https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md|\
8ca.2~nmc='~^a!K CareY4|\
8do~helix~Helix!1/^N|\
8e8~bveapi~BVEssentials=.$K|\
8fp.1~octopustentacle~}-=&=5#Q$O Octopus;y TentacleZ*`S|\
8ha~rmiaux~Auxiliary%7<z|\
8hk~irisa~|\
8hl~metasys~|\
8k7~weave~Nest!Q#<;4$C!Q#<[%Za+'|\
8kf.1~origo=>~?t!*>)Y5|\
8kg.1~`z-icmgmt~}1,M8c|\
8kh.1~`z-icdata~}1,M<}|\
8ki~#l-lk~SGI LKYG*f|\
8kk.2~myq-termlink~[k TerminalsY4$C%T{[,Y+&|\
8kl.1~#l-dmfmgr~$ZYg&I*e (DMF)#@ a browser`(Y=#4 DMF|\
8km.1~#l=p~$ZYg&I (DMF)=K#@ a$c!,+'#4 support!D!8#4 DMF|\
8kn~vce~Viral ComputingZh (#!)|\
8ko~@ ~|\
8m1~[W>8~#9^Y snmp!8^S|\
8m2~[W{i~#9^Y%3&Y!8^S|\
8m3~[W%+~#9^Y rmi+^!8^S|\
8m4~[W-csa~#9^Y commandYl!8^S|\
8m5~[W?N~#9^Y$c*f!8^S|\
8mb.2~snss~Surgical Notes+.*dY4 (#!)|\
8mc.1~]F{i~OEM^Y%3&Y!8^S|\
8md.1~t5-straton~Straton]g Programing|\
8me.1~]F%+~OEM^Y rmi+^!8^S|\
8mf.1~]F?N~OEM^Y$c*f!8^S|\
8n5~smsqp~|\
8n6.1~dcsl!v~DCSL*i!6+)|\
8nc~wifree~WiFree*d|\
8nf~memcache~Memory^n*f|\
8o3.5~xcompute~numerical[KY:|\
8qf~imip~|\
8qg~imip&U~IMIP Channels<z|\
8qh~arena!/~Arena!*;{|\
8rr~atm-uhas~|\
8rv~hkp~OpenPGP=. Keyserver|\
8ti.2~lsdp~Lenbrook*dY4+&|\
8tm.1~ollama~|\
8v5.1~asgcypresstcps~ASG Cypress!3@P|\
8y8~tempest<{~Tempest+&<z|\
8yv.1~#z-xsw-dconfig~#I]sZp?4|\
91k~h323callsigalt~H.#d=2*g8uYK|\
91n~#z-xsw-dcache~#I]sZp^n|\
92f~intrepid$F~|\
93o.1~Y'~|\
93o.2~Y'-mpt~Lanschool Multipoint|\
95w~xoraya~X2E Xoraya Multichannel+'|\
95x.2~x2e='~X2E*fY9+'|\
98f~sysinfo$A~SysInfo*d+&|\
98j.1~tibsd~TiBS*d|\
999.4~wmereceiving~,z|\
99a.4~wmedistribution~,z|\
99b.4~wmereporting~,z|\
99c~entextxid~#68d+M%& XID+0|\
99d~entextnetwk~#68d+M%&%O*i+1|\
99e~entexthigh~#68d+M%&%O>N+1|\
99f~entextmed~#68d+M%&%O Medium+1|\
99g~entextlow~#68d+M%&%O%T+1|\
99h~dbisamserver1~}'+,!* - Regular|\
99i~dbisamserver2~}'+,!* -^@|\
99j~&z~&]+,!.!*|\
99k~&z-dbms~&]+,!.^@|\
99l.2~ghvpn~Green Hills<0|\
99m.1~edbsrvr~ElevateDB!*|\
99o~!!~}GY8*d|\
99p~!!$F~}GY8*d=!$H,Y|\
9cd~rets$F~RETS=!$H|\
9cp~nupaper-ss~NuPaper*z*d|\
9e0~cawas~CA$E!0*d|\
9e4~hivep~|\
9ho~linogridengine~|\
9hq.1~rads~^?,n!5 (RAD)#@ a!?*f>. offers!9#(!D#( programmatic!8#4]l!?,^$C<4=``V|\
9i9~Y1-sss~&x8f@Y SSS|\
9ia~Y1~&x8f@Y|\
9ix~italk~Italk=G!.|\
9oi.1~carb^6=B~Carbonite!*Zb*g|\
9u9~tsaf~# =&|\
9xd.1~netperf~control=&$B$O netperf benchmark|\
a5k~i-zipqd~|\
a74~bcslogc~Black Crow++Za logging|\
a75~rs-pias~R#%S^F,LYQ*d|\
a76.1~#z-vcas$M~#I*r CAS*d|\
a76.2~#z-vcas$J~EMV*r CAS*dY4|\
a7b~}n!<~|\
a7c~}n!/~|\
ac8.1~doip=)~|\
ac8.2~doip='~DoIPY4|\
al4~bprd~#!+& (!IYa)|\
al5~bpdbm~#!+& (!IYa)|\
al6~bpjava-msvc~BP>! MSVC+&|\
al8~vnetd~!]*i].|\
amu~bpcd~!IYa|\
amv~vopied~#!+&|\
amx~nbdb~NetBackup+,|\
amy~nomdb~!]-nomdb|\
anu~=x!H~|\
anv~=x:4~>;*z+N|\
anw~=x-passthru~>; Pass-Thru+N|\
anx~=x-download~>;&2+&|\
any~=x-ccp~>;*p;J+&|\
anz.1~bmdss~Blackmagic;(Y@!*|\
ao8.1~a-trust$x~ZP8c$C Issuing|\
apy~ucontrol~Ultimate*g,[+'|\
aqx~dta:5~|\
aqy.1~medevolve~MedEvolve<z8)|\
asw~}r$=~SCOTT#->N{^ Filetransfer|\
asx.5~sua~|\
asy.2~}r='~+c#5 a SCOTT#- hardware codec board|\
att~%{@x-com1~%{@:##!P!* 1|\
atu~%{@x-com2~%{@:##!P!* 2|\
awt~vcs$v~VCSZ_|\
awu~icpp~?e@<+&|\
awv.1~icpps~?e@<+&=!$D|\
awx~gcm$v~GCMZ_|\
ax1~%M-tdd~!]]*+K|\
ax2.1~vcscmd~!]*s!**u!*|\
ax6~vad~!]Z_+K|\
azu~cps~Fencing!*|\
b4e~ca$n!e~CA;/$E!G*d|\
b6s.1~xpra~# *o+'|\
biw~hde:+-1~|\
bix~hde:+-2~|\
bko~hydap~Hypack<} Aquisition|\
bkq.1~onep$N~$[*iZh$D|\
bny.2~v2g-secc~v2g?. Equipment,Y8jY4+&|\
bu9~xpilot~XPilot]Q<z|\
bur~3link~3LinkZv|\
c03~=*-snat~=3 Stateful$i|\
c30~bex-xr~`d]![d!*|\
c58~ptp~Picture+*+&|\
cce.2~2ping~#  Bi-Directional@T*d|\
ccf.1~programmar~ProGrammar8d|\
ccg.1~fmsas~,i!*!0|\
cch.1~fmsascon~,i!*YR|\
cci.1~gsms~GoodSync Mediation*d|\
ccj.2~alfin~Ym$C*g#Q REGULACE.ORG|\
cd0.1~jwpc~&h>!$E8z>K|\
cd1.1~jwpc-bin~&h>!$E8z>K;'|\
cgx~#9-sea<{~*# SEA<z|\
cgy.1~solaris`,~*#^T -!9!D audit log|\
cl1~etb4j~|\
cl2~pduncs~`9 Distribute#(!G,<|\
cl3~pdefmns~`9 definition$C;18g|\
cmg~netserialext1~!2!pYM^m One|\
cmh~netserialext2~!2!pYM^m Two|\
cmn~netserialext3~!2!pYM^m Three|\
cmo~netserialext4~!2!pYM^m Four|\
cn4~connected~Connected=H|\
cn5.1~rdgs~[Q+D]k|\
ctn.1~xoms~X509*y8c*d|\
cux.1~axon!R~[Q multipath=(Y>$B@d latencies|\
cuy.2~vtp~Vidder!>+&|\
cyd.1~cadsisvr~This!, provides callable+4#4 mainframe+n+.&;>+ any$I/IP+]|\
d1g~newbay-snc#W~Newbay!K!1!G*d|\
d2u~sgcip~^E]Y!1Y5+&|\
d3z~>E-rci-mp~|\
d40~#[=p=,~=P(R)%N=K/$p|\
d41~#[=p^G~=P(R)%N=K/>r|\
d42~#[{r$M~=P(R)%N,)/#X|\
d43~#[{r$N~=P(R)%N,)/#Y|\
d4f~isode-dua~|\
d4i.1~ncpu~Plan 9 cpu=&|\
d9c.1~vestasdlp~Vestas<}^V+&|\
d9d~soundsvirtual~|\
dab~chipper~|\
dac~avtp~<T@5Y6+&$B== Sensitive,C|\
dad~avdecc~<T@5.1 AVBY4#( Enumeration#(8e8g#($C*g|\
dae.2~cpsp~!z^L,x+& (SPSP)|\
daf.1~isa100-gci~ISA100 GCI#@ a*f utilizing a commonY=[= an ISA100+P gateway$C a!CZa|\
dag.2~trdp-pd~Train+s<}+& (TRDP)[G<}|\
dah~trdp-md~Train+s<}+& (TRDP)*j<}|\
daq~integrius-stp~Integrius!3!>+&|\
dar~ssh=-~SSH Tectia*e|\
di4.1~db-lsp~?[][+&|\
di4.2~db-lsp='~?[][Y4|\
djn.1~ailith~Ailith8g#5 routers|\
doh~ea~Eclipse Aviation|\
dp6~zep~Encap. #.igBee]$|\
dp7~!)#>~}H#7Y6*d|\
dp8~!)-ips~}H#7Y6!3*d|\
dpt.1~sw-orion~SolarWinds Orion|\
dw0~biimenu~BeckmanZu#($Q.|\
dyw.1~radpdf~RAD PDF*d|\
dzs.1~racf~z/OS+3!0*g+V|\
e11~=U-cvp~|\
e12~=U-ufp~|\
e13~=U-sam~|\
e14~=U-lea~|\
e15~=U-omi~|\
e16.1~ohsc~,3;M SC|\
e16.2~ohsc~,3;M Sc|\
e17~=U-ela~|\
e2p~checkpoint-rtm~|\
e2q.1~iclid~8A?<8o|\
e2r.1~clusterxl~8A?<`V!s|\
e3a~gv-pf~GV NetConfig*d|\
e8v~ac[A~|\
eac.2~heythings~HeyThings!4,,*f|\
edm~rds-ib~[Q+D*d|\
edn~rds#>~[Q+D*d=!#7|\
eek.1~*b~,KYF*n@M,Y|\
eek.2~*b='~,KYF*n@M,Y|\
ehd~ique~IQue+&|\
ekh~infotos~|\
eko~#?-necmp~|\
ens~igrid~iGrid!*|\
enz~scintilla~Scintilla+'$B!Q+4|\
eoc.1~j=n~J>^$I/IP+&|\
et3~=U-uaa~|\
et6~ua-secureagent~UserAuthority SecureAgent|\
etw.1~cora~^u8e8c$C<}+0*d|\
etw.2~cora='~+c$B!18e8c$C<}+0*d|\
evn~keysrvr~$,!*$B8*|\
ewj~keyshadow~$, Shadow$B8*|\
eyu~mtrgtrans~|\
ez6~hp-sco~|\
ez7~hp-sca~|\
ez8~hp-sessmon~|\
f2r~fxuptp~|\
f2s~sxuptp~|\
f2t~jcp~#!!1|\
f9o.2~mle~Mesh=1,f|\
f9q.1~faircom#B~FairCom+,|\
ffi.1~iec%^$T~IEC{%-5%^[7*k -!9|\
ffj~dnp$T~8k*i+& -!3|\
ffj.4~dnp$T~8k*i+& - secured|\
ffk~dnp~|\
ffk.4~dnp~8k*i+&|\
ffl~microsan~|\
ffm~:c=,~|\
ffn~:c^G~|\
ffp~openwebnet~OpenWebNet+'$B electric*o|\
ffw.2~ss-idi='~!f,(,'Y9|\
ffx.1~ss-idi~!f,(,'|\
ffy~opendeploy~OpenDeploy+:|\
fgi~@*#b~&k#a<z=%+(=#=$!+*f= #3 aZ^$B #$@*_id#$.|\
fgi~@*_id~&k#a<z|\
fgu~tmophl7mts~TMOP HL7*j+**d|\
fgw~mountd~NFS mount+'|\
fgx.7~nfsrdma~!2=+!. (NFS)=! RDMA~8267|\
fh5.1~avesterra~AvesTerra Hypergraph+*+& (HGTP)|\
fk7~tolfab~TOLfab<};J|\
fl6~ipdtp<{~IPDYc<z|\
flq~ipulse-ics~|\
fsw~emwavemsg~emWave*j*d|\
fy6~track~|\
g22.1~crtech<B~|\
g7b~athand-mmp~|\
g7c~irtrans~IRTrans*g|\
g7m.1~notezilla<>~Notezilla.Lan!*|\
gd8.1~trinket^>~8k artificial intelligence|\
gd9.1~cohesity^>~Cohesity!s agents|\
gdh.1~aigairserver~Services$B<&!*|\
ggp.1~xahaud~Xahau%%*o+'~https://xahau.network|\
gmp.1~rdm-tfs~Raima RDM TFS|\
gmq~dfserver~MineScape;(=+!*|\
gnq~vofr[)~|\
gtk~tvpm~TVNC%6,O|\
gtl.1~sal~Safe AutoLogon|\
gut~webphone~|\
guu~[x-is~[m=H.Y7+)|\
guv~[x#r~[m=H.8e+)|\
guw~[x-acd~[m=H.Yx=2,=|\
gux~[x<7~[m=H. CreditZ%!.|\
gz4~snapenetio~|\
gz5~optocontrol~|\
gz6~optohost002~%o=8<z 2|\
gz7~optohost003~%o=8<z 3|\
gz8~Z]~%o=8<z 4|\
gz9~Z]~%o=8<z 5|\
h2l.1~dcap~dCache!0+&|\
h2o.1~gsidcap~GSI dCache!0+&|\
h5a.1~easyengine~EasyEngine#@ CLI>Z#4 manage WordPress Sites#D Nginx!,|\
h6p~wnn6~|\
h7l~cis~&b!>|\
h8d~showcockpit$G~ShowCockpit8p|\
h8f.1~}t*l~?f>Q+.$C8h*g|\
h8f.2~}t?L~?f>Q+.$C8hY@|\
h8n~cis!c~&b!3!>|\
h8r~wibukey~WibuKey+O WkLan|\
h8u~Y ~CodeMeter+O|\
h8v.1~Y -cmwan~TPC/IP+y#5>* protection+_#4 a!,|\
he1.1~caldsoft!v~CaldSoft!6!,=9+5|\
hej.1~[Y-wconf~[T$EZ |\
hej.2~[Y-phone~[T+6{<|\
hkb~talikaserver~Talika Main!*|\
hlc~aws-brf~[tZ`+7$b|\
hpj~brf$'~[tZ`+7 WAN|\
hqw~inovaport1~=bYH!*=Y 1|\
hqx~inovaport2~=bYH!*=Y 2|\
hqy~inovaport3~=bYH!*=Y 3|\
hqz~inovaport4~=bYH!*=Y 4|\
hr0~inovaport5~=bYH!*=Y 5|\
hr1~inovaport6~=bYH!*=Y 6|\
hsd.1~gntp~!{,<Y6+&|\
hyg.2~s102~#!Za|\
hz2.1~5afe<9~5AFE SDNY7|\
hz2.2~5afe='~5AFE SDNY7Y9|\
i05~elxmgmt~Emulex HBAnyware!-8c|\
i20~@+{f~Novar<}|\
i21~@+`Y~|\
i22~@+-global~|\
i3k.1~}J~{{*d|\
i3l.1~}J$u~{{*d=W|\
i62.1~areaguard-neo~AreaGuard Neo -8.|\
iio~#j-ltp~|\
iip~#j-fsp-rx~|\
iiq~#j-fsp-tx~|\
iir~#j-supp~|\
iis~#j-ovw~|\
iit~#j-ci~|\
iiu~#j$G$e~|\
ipe~filesphere~|\
ipl~vista-4gl~|\
irl~ild~Isolv`#Y7|\
irm.2~hid~+e#5`IY5!4=( streams|\
irn.1~vrmg#>~Verimag!t class+'=!$I|\
ite~>E-rci~=P RCI=%+(=#=$!+*f= #3 aZ^$B #$>E_rci#$.|\
ite~>E_rci~|\
ivl~tonidods~Tonido!B!*|\
iy2~binkp~|\
iyp.1~;k~# *d|\
iyp.2~;k!e~;k*d!G|\
izd.2~udpstp~UDP^q#7-Layer Capacity$CZfZe+'~9946|\
j16.1~sdtvwcam~!:=5#Q SmarDTV#4,,[= a CAM$C a second?=Za|\
j1g~canditv~Canditv*j*d|\
j1h~flashfiler~|\
j1i~proactivate~Turbopower Proactivate|\
j1k~tcc=,~TCC=/=.*d|\
j3m.1~cslg~^d StorageLink*m|\
j6a.2~assoc='~`hZmY4|\
j8a~<c~Find,s#5*i[3|\
jag~#O-twobase1~|\
jah~#O-twobase2~|\
jai~#O-twobase3~|\
jaj~#O-twobase4~|\
jak~#O-twobase5~|\
jal~#O-twobase6~|\
jam~#O-twobase7~|\
jan~#O-twobase#)~|\
jao~#O-twobase9~|\
jap~#O-twobase10~|\
jd8.1~db2c$N~#6 Db2!1Y5 -Y^|\
jnj.4~rna~RNSAP=/ Adaptation$B Iurh|\
jqg.1~sauterdongle~|\
jr8.1~idtp~Identifier Tracing+&|\
jwh~[Y-hos~[T[Z!*|\
jzg~tasp$G~TASP*i=@|\
jzh~niobserver~|\
jzi~nilinkanalyst~|\
jzj~niprobe~|\
k0y.2~bf=m~8@=;!,|\
k0z.2~bf;5~8@?8!,|\
k28~quake~|\
k5x~scscp~Symbolic, ++ Composability+&|\
k80~wnn6#F~|\
k9d.1~cockroach~CockroachDB|\
k9g~*?~|\
k9h~Y&~|\
k9i~8W$m~K3++!a|\
k9j~8W%b~K3++;2|\
kfq.1~*>$M~|\
kfq.2~*>$J~|\
kfr~exoconfig~|\
kft~exonet~|\
kua.1~flex-lmadmin~A+'$B managing[5+4|\
kug.1~chlenix~Cloud hosting environment*o|\
kuh.1~mongodb~Mongo+8!?|\
l3l~imagepump~|\
l6a~jesmsjc~JobZ)*f|\
l80~kopek-httphead~Kopek=. Head<z|\
lfq~ars{x~ARS VISTAZ_|\
lic.1~astrolink~Astrolink+&|\
llr.1~tw=6-key~TW,p/$,,=$C|\
llr.2~tw=6-key~AttributeZg+)|\
lls~nxlmd~NX*h*e|\
llt.1~pqsp~PQ*d|\
lm2.1~gruber-cashreg~Gruber cash+^+'|\
lo0.1~thor!Y~thor/^I - ML?5|\
lp3.2~a27-ran-ran~A27 cdma2000 RAN8c|\
lrc~voxelstorm~VoxelStorm=;!,|\
lsg~siemensgsm~|\
m25.1~bosswave~:; operating!?+4>[>X verified+9|\
mdk.1~saltd8=~*!YG!*|\
mgu.4~sgsap~SGsAP#A@6|\
mi7~otmp~ObTools*j+&|\
mi8.4~sbcap~SBcAP#A@6|\
mi9.4~iuhsctpassoc~HNBAP$C RUA!VZm|\
n5b.1~bingbang~$}+9+'$B IEC61#)50#A wind{U plants|\
n5c.1~ndmps~^C*i<}8c+&|\
n5d~pago-services1~|\
n5e~pago-services2~|\
n5f~}L^'-ra~{}@C#p!-,n|\
n5g.2~}L^'-s~{}@C#p<0|\
n84.5~rwp~^??2+&|\
nck~kingdomsonline~Kingdoms!m (CraigAvenue)|\
ngg.1~gs-realtime~GroundStar&A!.|\
nsg.2~*Z='~!fZsY4+&|\
nvf.1~8S~Persistent=k#<=] connections$B{N propagation#( transaction`*#($C BFT consensus[@+9.|\
nvf.2~8S~Kademlia DHT=kY9$C]4`W,..|\
nx3~ovobs~['*d@?!1|\
nxk.1~ka-sddp~8F^=!3Zc+E+&|\
nxk.2~ka-kdp~8F^= Kollective+E+&|\
nxo.1~autotrac-acp~Autotrac ACP 245|\
nxx.2~yawn~#-aWN - #-et Another[<&>|\
o6h~eldim~# #@ a!9=9 upload^o|\
o88.1~pace-licensed~PACE[5!,|\
o8o~xqosd~XQoS*o]0|\
o9t~tetrinet~TetriNET+&|\
oec~lm$l~|\
og5.1~dsx[L~DS;K*q=%+(=#=$!+*f= #3 aZ^$B #$dsx_;p#$.|\
og5.1~dsx_;p~DS;K*q|\
oid~gamesmith<{~|\
ong~!j-tx~[O!4,Z+& TX=%+(=#=$!+*f= #3 aZ^$B #$!j_tx#$.|\
ong~!j_tx~[O!4,Z+& TX|\
onh~!j-rx~[O!4,Z+& RX=%+(=#=$!+*f= #3 aZ^$B #$!j_rx#$.|\
onh~!j_rx~[O!4,Z+& RX|\
opu~iracinghelper~iRacing helper*f|\
ovt~t1distproc60~T1Zc Processor|\
p00.1~plex~Plex multimedia|\
p2b~apm=n~Access^X*e=1|\
p6j~sec-ntb>d~SecureNotebook-CLNT|\
p6k~DMExpress~|\
pa7~!N-powsrm~?b<'$;-ReliableMessaging!1|\
pa8~!N-tms~|\
pa9~!N$x~|\
paa~!N-nch~|\
pab~!N%+~|\
pac~!N-pa~;?[G Analyzer|\
pad~!N#q~;? Component*e|\
pae~!N-re~;?{?!7|\
paf~!N-pch~ZX,c|\
pag~!N-peior~;?<' IOR|\
pah~!N-obrok~?b<' CORBA|\
pb5~mlsn~:I Listing*d*i|\
pbf.1~retp~%- EstateY6+&|\
pds~idmgratm~Attachmate#a*e|\
pgo.1~wg{g`[~WatchGuard+L,o|\
pic.1~mysqlx~=u+,&5Y5|\
pk3~`o-balaena~Aurora (Balaena%U)|\
ppv~diamondport~DiamondCentralY5|\
ppx.1~dgi=_~!Z Gaslight*d|\
ppy.1~8_~8LZB|\
ppy.2~8_='~8LZBY4|\
psq~traceroute~# %]|\
psr.2~mtrace~IPY<ZC~8487|\
pyw~snip-slave~|\
q5e.1~digilent-adept~Adept#7+'|\
qfd~Y.-2~&u^H!**x<z|\
qiy~p$G`/~P-Net#D#7`T|\
qiz~p$G!@~P-Net#D#7!D|\
qo7.1~,8~# .org EDI*d|\
qo7.2~edi_!^~,8.org EDI*d|\
qz6~[V-rt~]A RT]+|\
qz7~[V-rtm~]A RTY<|\
qz8~[V#q~]A]R*e|\
qz9~[V#q$T~:L!98}8g$C<2 provisioning|\
qza.2~[V-rt$T~:L!9@j=`=(+5=!$L (unicast$C86)|\
qzo~ethercat~EtherCAT<z|\
r08.1~heathview~|\
r09~rt-viewer~+H?1|\
r0a.1~rt-sound~+H Sound!*|\
r0b.1~rt-devicemapper~+H DeviceMapper!*|\
r0c~rt-classmanager~+H ClassManager|\
r0d.1~rt-labtracker~+H LabTracker|\
r0e.1~rt-helper~+H Helper*d|\
r30~axio='~AxiomaticY9+'|\
ra2.1~kitim~KITYT|\
ra3.1~}K#2~`a*h8c|\
ra3.2~}K#2='~`a*h8cY4|\
ra4.1~guttersnex~Gutters Note+0|\
ra5.1~openstack#b~OpenStack#a*d|\
rs1~allpeers~AllPeers*i|\
s3f.2~wlcp~Wireless$b*g{T+& (#!)|\
s3g.4~s1*l~S1[8^L ($Y)|\
s3q.4~x2*l~X2[8^L ($Y)|\
s3r.4~slmap~SLmY5Z_+&|\
s3s.4~nq$<~Nq$C Nq'Z_+&|\
s4b.4~m2ap~M2Z_@R|\
s4c.4~m3ap~M3Z_@R|\
s4u.4~xw*l~Xw[8^L ($Y)|\
s6k.1~febooti-aw~Febooti8h Workshop|\
s8q.1~observium^>~Observium statisticsZ(`S|\
sbg.1~mapx~MapX,[|\
sg1~kastenxpipe~|\
sww.4~<M-w1ap~W1ZKY>|\
swz~neckar~science #'Yf's Venus,n<z|\
sx7.1~gdrive=>~Google{/>)|\
t0h.1~eftp~Epipole=++*+&|\
t1y~}}-eportal~`: ClearPath ePortal|\
tbk.1~ivs-database~&i!*+,|\
tbl.1~ivs-insertion~&i!*8 |\
tbm.1~cresco*l~}&8j|\
tbm.2~crescoctrl='~}&8jY4|\
th5~galaxy7=)~Galaxy7<}!>|\
th6~fairview~Fairview*j*d|\
th7~agpolicy~AppGate!o!*|\
tn0.4~ng*l~NG*g^L ($Y)|\
tna.4~xn*l~Xn*g^L ($Y)|\
toe.4~e18<~E1ZKY> ($Y)|\
too.4~f1*l~F1*g^L ($Y)|\
tta.1~psqlmws~Premier$X Middleware!*|\
txs.1~sruth~Sruth#@ a*f$B$O,H#5 routinely- generated<1 arbitrary files`(#D a: /subscribe,H model$C implemented^J a=k#<=]Y> mechanism|\
tzl.1~secrmmsafecopya~[q approval[7$B%]#5$O secRMM SafeCopy]}|\
u53.1~vroa~Children's hearing@l/Telemedicine|\
um9~Y.-1~&u*x<z|\
uv4~safetynetp~|\
uvr.2~k-patentssensor~K-PatentsSensorInformation|\
v6c.1~sptx~:T+? TX|\
vih~cscp~|\
vii~csccredir~|\
vij~csccfirewall~|\
vit.2~ortec='~ORTEC*dY4|\
vpz~fs-qos~Foursticks QoS+&|\
vq9.1~tentacle~Tentacle!*|\
vta.1~z=r-s~#.>0+&=!$H/#Y|\
vta.2~z=r-s~#.>0+&=!=7|\
w8y~[v-cip~[i*g<z|\
w8z~[v-ctp~[i+@<z|\
w90.1~[v-cips~[i!3*g<z|\
w91.1~[v-ctps~[i!3+@<z|\
wss~candp~[h8r*oY9+'|\
wst~candrp~CAY9&P|\
wsu~caerpc~CA;/$V|\
x6f.1~curiosity~API+v$B;YZa|\
x6g.1~recvr-rc~:O!-*g|\
x6g.2~recvr-rc='~:O!-*gY4|\
xbo~reachout~|\
xbp~ndm^><{~|\
xbq~ip-provision~|\
xbr.1~noitYX~Reconnoiter^=<}Y6|\
xca.1~:y~}?8h!*8c|\
xca.2~:y='~}?8h!*8cY4|\
xim.2~hmip]:~HmIP$b*t|\
xin.1~eq3!e~EQ3 firmware;1|\
xin.2~eq3!H~EQ3Y9$C,^|\
xio.1~ew=-~=3Z58c|\
xio.2~ew='%;~=3Z5Y4$C*u Flooding|\
xip~ciscocsdb~=3 NetMgmt#n^m|\
y1n.1~z=r!R~#.>0!3!>|\
y75~pmcd~PCP!, (# )|\
y76~pmproxy~PCP^o (# )|\
y77.1~pmwebapi~$p]t$BZf Co-Pilot!C$K|\
yak.1~}S-dataman~Cognex DataMan8c+&|\
yal.1~acronis!v~Acronis!6*m*f=&|\
ydc.2~domiq~#! Building8h|\
ydl~rbr`-~REALbasic!-^[|\
yew.2~asihpi~AudioScience HPI|\
yky~*{#p-2~*{/IPY:=%+(=#=$!+*f= #3 aZ^$B #$*{/IP-2#$.|\
yky~*{/IP-2~*{/IPY:|\
yn8.1~m3da~#!#@=5$B84[?#<]9,q|\
yn8.2~m3da='~M3DAY4#@=5$B84[?#<]9,q|\
yq0.1~asmp~^aY[!F8f+& ($}+5)|\
yq0.2~asmp$l~^aY[!F8f+& (}W8o)|\
yq1.1~asmps~^aY[!F8f+& (^h=(+5)|\
yq2.1~rs!d~Redspeed!F*q|\
yr9.1~synctest~^?Za*k+'|\
yri~:l-ag~|\
yv5~witsnet~Wire$C+P+5#D synchroniz|\
z4a.1~8Q~ASSIAZ1@`8c!.|\
z4a.2~8Q=o~ASSIAZ1@`8c keepalive|\
z8u~eba~#! PRISE|\
zcw.1~dai-shell~^N$B$O DAI?6#5!C!/&N|\
zcx~qdb2service~Qpuncture<}!0*d|\
zgu~ssr-servermgr~|\
zr4.1~inedo~}-=&=5$B Inedo`S,[|\
109i.1~spremotetablet~Connection[= a desktop computer or!,$C a signature tablet#4 capture handwritten signatures|\
109j~mediabox~MediaBox!*|\
109k~mbus~!M% |\
109l.1~winrm~;C!-8c*d|\
10cc.2~jvl-mactalk~,J#5 motors connected#4Z$+F|\
10p1~dbbrowse~:BZd|\
10qw~directplaysrvr~^Z Play!*|\
10vy~ap~ALC+&|\
10w0~bacnet~:;8h$C*g+;|\
10w1.2~presonus-ucnet~PreSonusYd*g*i+&|\
111c~nimcontroller~`88j|\
111d~nimspooler~`8]m|\
111e~nimhub~`8 Hub|\
111f~nimgtw~`8*m|\
111g.1~nimbusdb~:JYR|\
111h.1~nimbusdbctrl~:J*g|\
112o.1~juka~JuliarZk+Y+&|\
112p.1~<M-cbsp~$Y CellYL*d+&|\
112q.1~weandsf~WeFi!0*iY4$C Selection Function|\
114w~isnetserv~Image*n*i+)|\
114x~blp5~+R locator|\
11gs~com-bardac-dw~|\
11ij~iqobject~|\
11jh~robotraconteur~Robot RaconteurY>|\
11t4.1~matahari~Matahari!=|\
11t5.1~nusrp~^a{J*d[ +&|\
11t5.2~nusdp='~^a{J*dY4+&|\
11xa.1~inspider~InSpider!.";

/** 7 rows that cover a range of ports: their first and last ports, two numbers a row (a lookup
 *  compares numbers and reads no text unless its port is in one), and their texts in the same order:
 *  `hex protocol mask~name~description[~references]`. */
export const IANA_RANGE_PORTS = [3322,3325,3367,3371,4200,4299,6000,6063,6665,6669,7300,7359,27000,27009];
export const IANA_RANGE_ROWS = "0~active-net~Active Networks|\
0~satvid-datalnk~Satellite Video Data Link|\
0~vrml-multi-use~VRML Multi User Systems|\
3~x11~X Window System|\
1~ircu~|\
0~swx~The Swiss Exchange|\
0~flex-lm~FLEX LM (1-10)";
