<?xml version="1.0" encoding="UTF-8"?>
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401 https://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401/kommuneplan_20190401_filprod.xsd" gml:id="_plan-73172b0a-04a2-58b7-ac4f-c8b3a1314079">
	<gml:boundedBy>
		<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/25832" srsDimension="2">
			<gml:lowerCorner>574377.22 6626817.059</gml:lowerCorner>
			<gml:upperCorner>586913.88 6641720.336</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<gml:featureMember>
		<app:KpOmråde gml:id="_2e2df483-0749-5bdf-8e16-9c201926c56c">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2e2df483-0749-5bdf-8e16-9c201926c56c</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:område>
				<gml:MultiSurface gml:id="_2e2df483-0749-5bdf-8e16-9c201926c56c-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:surfaceMember>
						<gml:Polygon gml:id="_2e2df483-0749-5bdf-8e16-9c201926c56c-1">
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>580231.901 6626921.054 580333.196 6626970.438 580832.261 6627213.745 581083.424 6627336.194 581243.658 6627414.312 581405.92 6627493.419 581504.34 6627541.401 581758.846 6627665.48 581793.491 6627682.37 581818.846 6627694.731 582088.506 6627826.197 582390.588 6627973.47 582401.38 6627978.732 582431.633 6627993.481 582692.682 6628120.749 582710.688 6628129.527 582746.614 6628147.042 582874.561 6628209.42 582931.093 6628236.981 582984.351 6628262.945 583078.421 6628308.807 583114.293 6628326.295 583265.533 6628400.029 583307.313 6628420.398 583526.546 6628527.279 583625.08 6628575.317 583867.696 6628693.599 584050.021 6628782.487 584211.986 6629562.179 584392.747 6630432.358 583991.32 6630904.044 583956.577 6630944.868 583825.141 6631099.309 583580.838 6631386.371 583242.772 6631783.606 582941.876 6632137.166 582781.992 6632325.034 582928.439 6632507.912 583535.138 6633265.54 584414.013 6634363.052 584606.939 6634603.972 584098.268 6634476.69 583078.807 6634221.595 582776.7 6634146.001 582614.728 6634105.471 582353.31 6634040.058 582497.256 6634153.992 582684.531 6634302.22 583065.081 6634603.426 583435.896 6634896.926 583842.668 6635218.887 583819.87 6635439.154 583793.027 6635698.497 583736.883 6636240.943 583695.023 6636645.384 583804.121 6636665.643 583992.89 6636700.697 584577.161 6636809.193 584604.833 6636814.332 584554.654 6637198.948 584465.963 6637878.763 584388.405 6638473.236 584503.098 6637944.93 584658.719 6637228.095 584832.712 6636426.637 585404.453 6636927.386 586549.462 6637930.221 586284.402 6638318.696 586079.48 6638619.031 584991.691 6638117.83 584940.11 6638094.064 584961.26 6638132.623 585538.279 6639184.614 584430.062 6638614.11 584373.804 6638585.149 584357.015 6638713.827 584354.579 6638732.493 584341.302 6638735.275 584249.868 6638754.437 583295.33 6638954.478 583029.761 6639010.133 582644.093 6639090.957 582050.315 6638300.7 581682.717 6638940.766 581571.507 6639134.407 581302.94 6639602.039 580662.982 6639570.767 579905.599 6639533.758 579888.977 6638696.62 579882.45 6638367.909 579575.806 6638289.881 579386.683 6638241.758 579200.971 6638194.502 578510.114 6639014.668 577222.763 6640542.975 576231.027 6641720.336 575844.361 6639403.922 575827.179 6639300.985 575707.552 6638584.334 575694.496 6638506.118 574377.22 6638117.264 574637.056 6635957.138 574693.41 6635488.65 574718.759 6635277.91 575684.21 6634291.441 575851.023 6632737.921 575984.242 6631497.264 576103.967 6630382.276 575349.357 6629234.351 575392.031 6629192.924 575871.855 6628727.128 576326.986 6628687.459 577374.789 6628596.132 578370.395 6628509.355 578657.516 6628484.33 578802.428 6628408.2 579396.872 6628095.908 579662.453 6627956.385 580111.094 6627720.691 580082.663 6627442.965 580082.237 6627438.801 580078.316 6627400.498 580069.663 6627315.975 580061.198 6627233.288 580049.092 6627115.03 580047.913 6627103.509 580047.02 6627094.785 580018.589 6626817.059 580231.901 6626921.054</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
					<gml:surfaceMember>
						<gml:Polygon gml:id="_2e2df483-0749-5bdf-8e16-9c201926c56c-2">
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>586809.188 6636387.828 586913.88 6637630.185 585527.159 6635961.916 586809.188 6636387.828</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</app:område>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:plantype>20</app:plantype>
			<app:planstatus>3</app:planstatus>
			<app:lovreferanse>6</app:lovreferanse>
			<app:ikrafttredelsesdato>2017-11-15</app:ikrafttredelsesdato>
			<app:plannavn>Kommuneplanens arealdel 2018–2030 (eksempeldata)</app:plannavn>
			<app:vedtakEndeligPlanDato>2017-11-14</app:vedtakEndeligPlanDato>
		</app:KpOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8cb8dcfe-8997-575f-8488-c531aa7bfc27">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8cb8dcfe-8997-575f-8488-c531aa7bfc27</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8cb8dcfe-8997-575f-8488-c531aa7bfc27-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>576928.89 6639968.984 577222.763 6640542.975 576231.027 6641720.336 575844.361 6639403.922 576928.89 6639968.984</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5220</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSF1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_2b5c44f2-aba8-512e-a842-28dfe1e65c8a">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2b5c44f2-aba8-512e-a842-28dfe1e65c8a</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2b5c44f2-aba8-512e-a842-28dfe1e65c8a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580324.447 6638728.331 580662.982 6639570.767 579905.599 6639533.758 579888.977 6638696.62 580324.447 6638728.331</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_21ab57bf-3c1b-51bc-af05-2e6dbf47712d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>21ab57bf-3c1b-51bc-af05-2e6dbf47712d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_21ab57bf-3c1b-51bc-af05-2e6dbf47712d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>576928.89 6639968.984 575844.361 6639403.922 575827.179 6639300.985 576957.405 6638936.742 576928.89 6639968.984</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e95140bd-2ee0-5415-97b9-c299e26a20d8">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e95140bd-2ee0-5415-97b9-c299e26a20d8</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e95140bd-2ee0-5415-97b9-c299e26a20d8-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581571.507 6639134.407 581302.94 6639602.039 580662.982 6639570.767 580324.447 6638728.331 580411.539 6638695.653 581571.507 6639134.407</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1120</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BFR1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_7bdc3779-5f98-5706-a034-90a5833b9258">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>7bdc3779-5f98-5706-a034-90a5833b9258</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_7bdc3779-5f98-5706-a034-90a5833b9258-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582296.029 6638178.984 583029.761 6639010.133 582644.093 6639090.957 582050.315 6638300.7 581682.717 6638940.766 581682.888 6638728.859 582067.569 6638172.599 582296.029 6638178.984</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9702b3ae-c6fb-5d89-a2c4-111f5e64724d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9702b3ae-c6fb-5d89-a2c4-111f5e64724d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9702b3ae-c6fb-5d89-a2c4-111f5e64724d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584354.579 6638732.493 584341.302 6638735.275 584357.015 6638713.827 584354.579 6638732.493</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_7adadad4-9d25-532e-b5a4-3d0e7dbc3251">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>7adadad4-9d25-532e-b5a4-3d0e7dbc3251</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_7adadad4-9d25-532e-b5a4-3d0e7dbc3251-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581089.997 6638087.568 581682.888 6638728.859 581682.717 6638940.766 581571.507 6639134.407 580411.539 6638695.653 580973.673 6638013.787 581089.997 6638087.568</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_7ecd280a-a3a4-5800-afb6-c29b1a52279f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>7ecd280a-a3a4-5800-afb6-c29b1a52279f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_7ecd280a-a3a4-5800-afb6-c29b1a52279f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>585538.279 6639184.614 584430.062 6638614.11 584684.065 6638267.371 584961.26 6638132.623 585538.279 6639184.614</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a3798e8d-c16c-5fba-ac04-1160acbe4f8e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a3798e8d-c16c-5fba-ac04-1160acbe4f8e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a3798e8d-c16c-5fba-ac04-1160acbe4f8e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583224.209 6638566.148 583295.33 6638954.478 583029.761 6639010.133 582296.029 6638178.984 582600.883 6637933.281 583224.209 6638566.148</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_01fc204b-c134-5db6-8282-ce2c5d866e5f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>01fc204b-c134-5db6-8282-ce2c5d866e5f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_01fc204b-c134-5db6-8282-ce2c5d866e5f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583718.717 6637797.916 584249.868 6638754.437 583295.33 6638954.478 583224.209 6638566.148 582600.883 6637933.281 582683.702 6637758.238 582923.381 6637767.877 583236.413 6638310.602 583485.448 6637745.944 583718.717 6637797.916</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5200</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LS1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9db8aa62-2632-5818-86d1-08bed0b50f57">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9db8aa62-2632-5818-86d1-08bed0b50f57</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9db8aa62-2632-5818-86d1-08bed0b50f57-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>586284.402 6638318.696 586079.48 6638619.031 584991.691 6638117.83 585057.555 6638085.813 586284.402 6638318.696</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR7</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_afec2a23-4eda-593e-af99-b4a032f7fd54">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>afec2a23-4eda-593e-af99-b4a032f7fd54</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_afec2a23-4eda-593e-af99-b4a032f7fd54-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581150.381 6637241.179 580922.482 6637701.167 580973.673 6638013.787 580411.539 6638695.653 580324.447 6638728.331 579888.977 6638696.62 579882.45 6638367.909 579575.806 6638289.881 580149.118 6637654.617 580119.903 6637518.411 580327.049 6637058.648 581150.381 6637241.179</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR8</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e2386e1c-d33d-51e8-9f5f-d327747b4ad4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e2386e1c-d33d-51e8-9f5f-d327747b4ad4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e2386e1c-d33d-51e8-9f5f-d327747b4ad4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582067.569 6638172.599 581682.888 6638728.859 581089.997 6638087.568 581937.316 6637885.022 582067.569 6638172.599</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR9</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_173e6bbf-5104-5ada-86b9-a439079bf055">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>173e6bbf-5104-5ada-86b9-a439079bf055</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_173e6bbf-5104-5ada-86b9-a439079bf055-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578663.046 6637212.205 579203.474 6637730.393 579386.683 6638241.758 579200.971 6638194.502 578510.114 6639014.668 577631.927 6638298.625 577630.457 6638291.962 578003.983 6637556.486 578548.031 6637140.715 578663.046 6637212.205</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR10</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a78631f6-ed81-5530-b504-e13abbdcf94b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a78631f6-ed81-5530-b504-e13abbdcf94b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a78631f6-ed81-5530-b504-e13abbdcf94b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>586549.462 6637930.221 586284.402 6638318.696 585057.555 6638085.813 585106.655 6637353.556 585404.453 6636927.386 586549.462 6637930.221</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR11</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8178fc92-41a9-538c-9d95-a797fd3cc5ff">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8178fc92-41a9-538c-9d95-a797fd3cc5ff</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8178fc92-41a9-538c-9d95-a797fd3cc5ff-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>585106.655 6637353.556 585057.555 6638085.813 584991.691 6638117.83 584940.11 6638094.064 584961.26 6638132.623 584684.065 6638267.371 584503.098 6637944.93 584658.719 6637228.095 585106.655 6637353.556</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>VFE1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_edb94585-617d-555d-b098-2465414da11a">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>edb94585-617d-555d-b098-2465414da11a</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_edb94585-617d-555d-b098-2465414da11a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584465.963 6637878.763 584388.405 6638473.236 584503.098 6637944.93 584684.065 6638267.371 584430.062 6638614.11 584373.804 6638585.149 584357.015 6638713.827 584341.302 6638735.275 584249.868 6638754.437 583718.717 6637797.916 583784.543 6637741.11 584339.756 6637653.893 584465.963 6637878.763</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_dbfb6acd-6f49-57ee-81ec-8f0ae958c41c">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>dbfb6acd-6f49-57ee-81ec-8f0ae958c41c</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_dbfb6acd-6f49-57ee-81ec-8f0ae958c41c-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583485.448 6637745.944 583236.413 6638310.602 582923.381 6637767.877 583323.97 6637518.146 583485.448 6637745.944</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3050</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GP1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_4fbfe299-4620-54a2-94e9-46a2d6d95de3">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>4fbfe299-4620-54a2-94e9-46a2d6d95de3</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_4fbfe299-4620-54a2-94e9-46a2d6d95de3-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582494.013 6637343.551 582683.702 6637758.238 582600.883 6637933.281 582296.029 6638178.984 582067.569 6638172.599 581937.316 6637885.022 581905.692 6637575.418 582490.325 6637341.377 582494.013 6637343.551</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3030</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GTD1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_79fe0ca4-e4f8-5712-a36c-cc84e97cdd71">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>79fe0ca4-e4f8-5712-a36c-cc84e97cdd71</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_79fe0ca4-e4f8-5712-a36c-cc84e97cdd71-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>577150.818 6635147.636 577817.531 6634962.828 577988.26 6635142.694 578062.049 6635809.457 577506.737 6636100.456 577651.809 6636476.695 577510.934 6636904.659 578003.983 6637556.486 577630.457 6638291.962 577631.927 6638298.625 578510.114 6639014.668 577222.763 6640542.975 576928.89 6639968.984 576957.405 6638936.742 575827.179 6639300.985 575707.552 6638584.334 575694.496 6638506.118 574377.22 6638117.264 574637.056 6635957.138 574693.41 6635488.65 576787.887 6634891.45 577150.818 6635147.636</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR12</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e46cda90-8bae-5a31-8aa9-01105cc80f19">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e46cda90-8bae-5a31-8aa9-01105cc80f19</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e46cda90-8bae-5a31-8aa9-01105cc80f19-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581094.156 6636752.937 581213.363 6637175.855 581411.291 6637192.838 581905.692 6637575.418 581937.316 6637885.022 581089.997 6638087.568 580973.673 6638013.787 580922.482 6637701.167 581150.381 6637241.179 580327.049 6637058.648 580126.568 6636705.492 580234.727 6636621.664 581094.156 6636752.937</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR13</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_173b4dbb-e890-5bbd-805f-a3d197eb5f06">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>173b4dbb-e890-5bbd-805f-a3d197eb5f06</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_173b4dbb-e890-5bbd-805f-a3d197eb5f06-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580119.903 6637518.411 580149.118 6637654.617 579575.806 6638289.881 579386.683 6638241.758 579203.474 6637730.393 579584.302 6637213.554 579778.992 6637162.203 580119.903 6637518.411</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3030</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GTD2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_1188a354-6682-5852-977a-4a4f91ce39ef">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>1188a354-6682-5852-977a-4a4f91ce39ef</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_1188a354-6682-5852-977a-4a4f91ce39ef-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584294.157 6637344.18 584339.756 6637653.893 583784.543 6637741.11 583847.64 6637544.894 583985.354 6637390.619 584148.337 6637267.319 584149.964 6637266.893 584294.157 6637344.18</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BN1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e97aacfd-fb98-58d5-bdd2-b07e73f6b855">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e97aacfd-fb98-58d5-bdd2-b07e73f6b855</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e97aacfd-fb98-58d5-bdd2-b07e73f6b855-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583312.314 6637407.62 583324.054 6637451.487 583699.762 6637393.124 583847.64 6637544.894 583784.543 6637741.11 583718.717 6637797.916 583485.448 6637745.944 583323.97 6637518.146 582923.381 6637767.877 582683.702 6637758.238 582494.013 6637343.551 582889.238 6637232.762 583312.314 6637407.62</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e935325e-38fd-504f-9b08-c607993173ff">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e935325e-38fd-504f-9b08-c607993173ff</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e935325e-38fd-504f-9b08-c607993173ff-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583985.354 6637390.619 583847.64 6637544.894 583699.762 6637393.124 583715.987 6637379.395 583985.354 6637390.619</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3050</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GP2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f3472d5a-b760-5c29-826e-2fb5420c3a5e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f3472d5a-b760-5c29-826e-2fb5420c3a5e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f3472d5a-b760-5c29-826e-2fb5420c3a5e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584554.654 6637198.948 584465.963 6637878.763 584339.756 6637653.893 584294.157 6637344.18 584523.851 6637190.32 584554.654 6637198.948</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>VFE2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_1b8de75e-a0a9-5874-ae34-10fcb383a47c">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>1b8de75e-a0a9-5874-ae34-10fcb383a47c</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_1b8de75e-a0a9-5874-ae34-10fcb383a47c-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583784.786 6637245.357 583715.987 6637379.395 583699.762 6637393.124 583324.054 6637451.487 583312.314 6637407.62 583452.375 6637023.75 583784.786 6637245.357</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_dde12133-58d3-56ad-99fb-33b0f2f088f1">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>dde12133-58d3-56ad-99fb-33b0f2f088f1</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_dde12133-58d3-56ad-99fb-33b0f2f088f1-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579584.302 6637213.554 579203.474 6637730.393 578663.046 6637212.205 579406.244 6636954.719 579584.302 6637213.554</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR14</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_88683cc6-8f8e-5cff-9414-2139a324dcf2">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>88683cc6-8f8e-5cff-9414-2139a324dcf2</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_88683cc6-8f8e-5cff-9414-2139a324dcf2-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582029.065 6636836.176 582488.882 6637334.796 582490.325 6637341.377 581905.692 6637575.418 581411.291 6637192.838 581895.256 6636830.074 582029.065 6636836.176</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_c8efd872-bb6b-5e48-b6d5-7dc5822139ac">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>c8efd872-bb6b-5e48-b6d5-7dc5822139ac</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_c8efd872-bb6b-5e48-b6d5-7dc5822139ac-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584604.833 6636814.332 584554.654 6637198.948 584523.851 6637190.32 584577.161 6636809.193 584604.833 6636814.332</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a3069d39-1af1-51b9-b570-29634d478527">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a3069d39-1af1-51b9-b570-29634d478527</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a3069d39-1af1-51b9-b570-29634d478527-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580327.049 6637058.648 580119.903 6637518.411 579778.992 6637162.203 579989.136 6636707.706 580126.568 6636705.492 580327.049 6637058.648</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR15</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_aa97bd6c-091b-581f-819c-18f248ae3c6a">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>aa97bd6c-091b-581f-819c-18f248ae3c6a</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_aa97bd6c-091b-581f-819c-18f248ae3c6a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583464.351 6636903.988 583452.375 6637023.75 583312.314 6637407.62 582889.238 6637232.762 582963.181 6636948.715 583442.373 6636891.627 583464.351 6636903.988</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_ae60ad57-9bec-5cff-83f7-038892062974">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>ae60ad57-9bec-5cff-83f7-038892062974</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_ae60ad57-9bec-5cff-83f7-038892062974-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583992.89 6636700.697 584149.964 6637266.893 584148.337 6637267.319 583985.354 6637390.619 583715.987 6637379.395 583784.786 6637245.357 583452.375 6637023.75 583464.351 6636903.988 583551.624 6636853.375 583804.121 6636665.643 583992.89 6636700.697</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_1c5bf704-af66-5fb8-a98d-a60943284383">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>1c5bf704-af66-5fb8-a98d-a60943284383</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_1c5bf704-af66-5fb8-a98d-a60943284383-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>585404.453 6636927.386 585106.655 6637353.556 584658.719 6637228.095 584832.712 6636426.637 585404.453 6636927.386</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e16ef173-1d05-5e13-b575-e845ffc23bcb">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e16ef173-1d05-5e13-b575-e845ffc23bcb</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e16ef173-1d05-5e13-b575-e845ffc23bcb-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579406.244 6636954.719 578663.046 6637212.205 578548.031 6637140.715 578546.364 6637000.077 578677.138 6636831.472 579457.31 6636552.446 579406.244 6636954.719</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5230</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSN1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_ea00796c-849c-5d69-8550-5d2a6f1d0cfa">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>ea00796c-849c-5d69-8550-5d2a6f1d0cfa</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_ea00796c-849c-5d69-8550-5d2a6f1d0cfa-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582850.037 6636785.092 582963.181 6636948.715 582889.238 6637232.762 582494.013 6637343.551 582490.325 6637341.377 582488.882 6637334.796 582029.065 6636836.176 582136.282 6636771.049 582576.239 6636855.393 582646.783 6636749.45 582850.037 6636785.092</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8b4a4b21-a88e-59f8-8275-cb3c23c123aa">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8b4a4b21-a88e-59f8-8275-cb3c23c123aa</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8b4a4b21-a88e-59f8-8275-cb3c23c123aa-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583442.373 6636891.627 582963.181 6636948.715 582850.037 6636785.092 583136.853 6636522.283 583442.373 6636891.627</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_2a6fc81c-f3e1-5289-99a9-4bffb0b2fb9d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2a6fc81c-f3e1-5289-99a9-4bffb0b2fb9d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2a6fc81c-f3e1-5289-99a9-4bffb0b2fb9d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584577.161 6636809.193 584523.851 6637190.32 584294.157 6637344.18 584149.964 6637266.893 583992.89 6636700.697 584577.161 6636809.193</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B7</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_cc0e152b-42ac-525d-91a1-01274b510d26">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>cc0e152b-42ac-525d-91a1-01274b510d26</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_cc0e152b-42ac-525d-91a1-01274b510d26-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582518.423 6636324.203 582646.783 6636749.45 582576.239 6636855.393 582136.282 6636771.049 582454.448 6636311.092 582518.423 6636324.203</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_aa999394-50c4-5ba8-8842-c54ed9c33077">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>aa999394-50c4-5ba8-8842-c54ed9c33077</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_aa999394-50c4-5ba8-8842-c54ed9c33077-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581842.453 6636133.078 581895.256 6636830.074 581411.291 6637192.838 581213.363 6637175.855 581094.156 6636752.937 581117.619 6636518.306 581515.743 6636089.397 581842.453 6636133.078</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1400</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BIA1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a586e4dd-1ef4-51dd-ad14-ba8a93c28482">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a586e4dd-1ef4-51dd-ad14-ba8a93c28482</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a586e4dd-1ef4-51dd-ad14-ba8a93c28482-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579989.136 6636707.706 579778.992 6637162.203 579584.302 6637213.554 579406.244 6636954.719 579457.31 6636552.446 579573.218 6636420.888 579989.136 6636707.706</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR16</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_37354966-a630-5f7c-90ac-00b510738a2b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>37354966-a630-5f7c-90ac-00b510738a2b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_37354966-a630-5f7c-90ac-00b510738a2b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580979.345 6636388.078 581117.619 6636518.306 581094.156 6636752.937 580234.727 6636621.664 580340.472 6636323.353 580423.079 6636278.365 580979.345 6636388.078</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5200</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LS2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_4a222b27-1383-52ae-aae5-76874f7b7c52">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>4a222b27-1383-52ae-aae5-76874f7b7c52</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_4a222b27-1383-52ae-aae5-76874f7b7c52-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>586809.188 6636387.828 586913.88 6637630.185 585527.159 6635961.916 586809.188 6636387.828</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6001</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>V1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_14d07b6b-ebc5-5ba1-9992-6ac7eddac66a">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>14d07b6b-ebc5-5ba1-9992-6ac7eddac66a</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_14d07b6b-ebc5-5ba1-9992-6ac7eddac66a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579016.855 6635746.349 579561.708 6636357.648 579573.218 6636420.888 579457.31 6636552.446 578677.138 6636831.472 578546.364 6637000.077 578548.031 6637140.715 578003.983 6637556.486 577510.934 6636904.659 577651.809 6636476.695 577506.737 6636100.456 578062.049 6635809.457 578267.984 6635872.292 578921.472 6635799.839 579006.087 6635746.319 579016.855 6635746.349</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR17</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_14bf4c5a-ef23-5b6f-98b4-cb2aa1f10db3">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>14bf4c5a-ef23-5b6f-98b4-cb2aa1f10db3</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_14bf4c5a-ef23-5b6f-98b4-cb2aa1f10db3-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580340.472 6636323.353 580234.727 6636621.664 580126.568 6636705.492 579989.136 6636707.706 579573.218 6636420.888 579561.708 6636357.648 579857.195 6636098.91 580154.837 6636084.231 580340.472 6636323.353</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9ee5ff6d-dce0-5f29-ad93-220b796b18cc">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9ee5ff6d-dce0-5f29-ad93-220b796b18cc</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9ee5ff6d-dce0-5f29-ad93-220b796b18cc-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583736.883 6636240.943 583695.023 6636645.384 583804.121 6636665.643 583551.624 6636853.375 583464.351 6636903.988 583442.373 6636891.627 583136.853 6636522.283 582850.037 6636785.092 582646.783 6636749.45 582518.423 6636324.203 582864.536 6636156.628 583106.768 6636262.626 583396.082 6636145.435 583736.883 6636240.943</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B8</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d75cb9bf-da9d-58db-b2e3-ed0af21c1a06">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d75cb9bf-da9d-58db-b2e3-ed0af21c1a06</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d75cb9bf-da9d-58db-b2e3-ed0af21c1a06-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582454.448 6636311.092 582136.282 6636771.049 582029.065 6636836.176 581895.256 6636830.074 581842.453 6636133.078 582068.248 6636044.577 582454.448 6636311.092</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_ccfc3c6f-bf86-53ef-b6b4-fdbaf8ed23b1">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>ccfc3c6f-bf86-53ef-b6b4-fdbaf8ed23b1</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_ccfc3c6f-bf86-53ef-b6b4-fdbaf8ed23b1-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580721.458 6635828.094 580979.345 6636388.078 580423.079 6636278.365 580636.878 6635827.36 580721.458 6635828.094</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR18</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_5acd8ffe-759f-5395-826e-38205958736e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>5acd8ffe-759f-5395-826e-38205958736e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_5acd8ffe-759f-5395-826e-38205958736e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582826.5 6635904 582852.937 6635943.067 582864.536 6636156.628 582518.423 6636324.203 582454.448 6636311.092 582068.248 6636044.577 582202.346 6635619.75 582211.872 6635613.336 582317.674 6635564.783 582826.5 6635904</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3040</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GF1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_41c50bb1-eafc-5618-871f-27c2f7573968">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>41c50bb1-eafc-5618-871f-27c2f7573968</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_41c50bb1-eafc-5618-871f-27c2f7573968-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583370.729 6635615.422 583396.082 6636145.435 583106.768 6636262.626 582864.536 6636156.628 582852.937 6635943.067 583157.318 6635650.294 583311.845 6635537.672 583370.729 6635615.422</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_b60996ef-9112-57e9-b317-d59a3c871874">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>b60996ef-9112-57e9-b317-d59a3c871874</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_b60996ef-9112-57e9-b317-d59a3c871874-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580318.507 6635675.691 580154.837 6636084.231 579857.195 6636098.91 579878.583 6635857.742 580288.472 6635648.856 580318.507 6635675.691</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5200</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LS3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_4225dab2-5b27-5c59-ad2d-0704fdb2d634">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>4225dab2-5b27-5c59-ad2d-0704fdb2d634</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_4225dab2-5b27-5c59-ad2d-0704fdb2d634-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580378.534 6635689.794 580636.878 6635827.36 580423.079 6636278.365 580340.472 6636323.353 580154.837 6636084.231 580318.507 6635675.691 580378.534 6635689.794</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B9</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_3a535875-62e8-5d11-9f2c-21db06d6df9f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>3a535875-62e8-5d11-9f2c-21db06d6df9f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_3a535875-62e8-5d11-9f2c-21db06d6df9f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581365.433 6635786.932 581399.247 6635834.908 581515.743 6636089.397 581117.619 6636518.306 580979.345 6636388.078 580721.458 6635828.094 580812.104 6635762.394 581365.433 6635786.932</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR19</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f3801cf1-5f81-5eeb-99b5-b1a292ebf9b4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f3801cf1-5f81-5eeb-99b5-b1a292ebf9b4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f3801cf1-5f81-5eeb-99b5-b1a292ebf9b4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582202.346 6635619.75 582068.248 6636044.577 581842.453 6636133.078 581515.743 6636089.397 581399.247 6635834.908 581935.373 6635446.217 582202.346 6635619.75</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B10</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f62437f7-e16d-56b2-8706-d3059656ba0d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f62437f7-e16d-56b2-8706-d3059656ba0d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f62437f7-e16d-56b2-8706-d3059656ba0d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579878.583 6635857.742 579857.195 6636098.91 579561.708 6636357.648 579016.855 6635746.349 579234.625 6635579.834 579523.191 6635418.962 579878.583 6635857.742</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR20</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9e5592ea-e362-5b3b-9767-b5d3a81e9c39">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9e5592ea-e362-5b3b-9767-b5d3a81e9c39</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9e5592ea-e362-5b3b-9767-b5d3a81e9c39-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583793.027 6635698.497 583736.883 6636240.943 583396.082 6636145.435 583370.729 6635615.422 583793.027 6635698.497</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>LSB4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f41773ea-8bf8-5161-8472-45dbad1b5e17">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f41773ea-8bf8-5161-8472-45dbad1b5e17</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f41773ea-8bf8-5161-8472-45dbad1b5e17-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581360.035 6635110.005 581365.433 6635786.932 580812.104 6635762.394 580866.015 6635435.609 581139.77 6635120.496 581173.789 6635096.556 581360.035 6635110.005</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5200</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LS4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_4a117092-4e01-5607-8998-59afda5b6095">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>4a117092-4e01-5607-8998-59afda5b6095</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_4a117092-4e01-5607-8998-59afda5b6095-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578729.15 6635206.013 579006.087 6635746.319 578921.472 6635799.839 578267.984 6635872.292 578062.049 6635809.457 577988.26 6635142.694 578441.989 6635094.222 578729.15 6635206.013</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_da076ea7-3ce1-58b4-bf8e-0d0fdb7505d7">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>da076ea7-3ce1-58b4-bf8e-0d0fdb7505d7</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_da076ea7-3ce1-58b4-bf8e-0d0fdb7505d7-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583157.318 6635650.294 582852.937 6635943.067 582826.5 6635904 582826.5 6635714.167 582922.232 6635602.479 583157.318 6635650.294</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B11</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_b69771d8-b2b2-51cb-bdf4-30872f35dffb">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>b69771d8-b2b2-51cb-bdf4-30872f35dffb</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_b69771d8-b2b2-51cb-bdf4-30872f35dffb-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580866.015 6635435.609 580812.104 6635762.394 580721.458 6635828.094 580636.878 6635827.36 580378.534 6635689.794 580641.433 6635357.585 580866.015 6635435.609</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1400</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BIA2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_74970f04-22ab-59ed-a3af-03a6b0c8a798">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>74970f04-22ab-59ed-a3af-03a6b0c8a798</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_74970f04-22ab-59ed-a3af-03a6b0c8a798-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582529.287 6635457.834 582799.36 6635604.314 582888.208 6635480.394 582922.232 6635602.479 582826.5 6635714.167 582826.5 6635904 582317.674 6635564.783 582437.677 6635430.432 582529.287 6635457.834</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B12</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f3b7259d-e68b-595d-81b6-a4a6a2a7f78f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f3b7259d-e68b-595d-81b6-a4a6a2a7f78f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f3b7259d-e68b-595d-81b6-a4a6a2a7f78f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583819.87 6635439.154 583793.027 6635698.497 583370.729 6635615.422 583311.845 6635537.672 583157.318 6635650.294 582922.232 6635602.479 582888.208 6635480.394 582892.546 6635468.115 583204.342 6635158.209 583263.216 6635153.919 583350.096 6635057.166 583819.87 6635439.154</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B13</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f172b6cc-1c79-53dd-bc6f-806569f432e4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f172b6cc-1c79-53dd-bc6f-806569f432e4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f172b6cc-1c79-53dd-bc6f-806569f432e4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582892.546 6635468.115 582888.208 6635480.394 582799.36 6635604.314 582529.287 6635457.834 582892.546 6635468.115</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a782b3b5-7fad-5fb7-8c5a-0307f58dbf8f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a782b3b5-7fad-5fb7-8c5a-0307f58dbf8f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a782b3b5-7fad-5fb7-8c5a-0307f58dbf8f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580096.922 6635306.762 580288.472 6635648.856 579878.583 6635857.742 579523.191 6635418.962 579792.504 6635142.146 579796.417 6635141.707 580096.922 6635306.762</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d0125b7e-5f81-5108-98dd-32edd7cb6af9">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d0125b7e-5f81-5108-98dd-32edd7cb6af9</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d0125b7e-5f81-5108-98dd-32edd7cb6af9-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580641.433 6635357.585 580378.534 6635689.794 580318.507 6635675.691 580288.472 6635648.856 580096.922 6635306.762 580210.04 6635258.399 580591.118 6635253.535 580641.433 6635357.585</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_5faf166d-1a6d-5e8a-8497-57289d086436">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>5faf166d-1a6d-5e8a-8497-57289d086436</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_5faf166d-1a6d-5e8a-8497-57289d086436-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579122.185 6634830.233 579234.625 6635579.834 579016.855 6635746.349 579006.087 6635746.319 578729.15 6635206.013 578886.864 6634829.118 579122.185 6634830.233</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_19d39a74-c3c3-5d9b-8960-e5f9a46e160f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>19d39a74-c3c3-5d9b-8960-e5f9a46e160f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_19d39a74-c3c3-5d9b-8960-e5f9a46e160f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583842.668 6635218.887 583819.87 6635439.154 583350.096 6635057.166 583435.896 6634896.926 583842.668 6635218.887</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6001</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>V2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8eb6e4e1-f391-5040-bf6b-a68443e36495">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8eb6e4e1-f391-5040-bf6b-a68443e36495</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8eb6e4e1-f391-5040-bf6b-a68443e36495-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580866.015 6635435.609 580641.433 6635357.585 580591.118 6635253.535 580640.124 6635173.343 581139.77 6635120.496 580866.015 6635435.609</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B14</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_84411f6a-4b45-501f-9eef-949cf4a6a6c5">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>84411f6a-4b45-501f-9eef-949cf4a6a6c5</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_84411f6a-4b45-501f-9eef-949cf4a6a6c5-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583204.342 6635158.209 582892.546 6635468.115 582529.287 6635457.834 582437.677 6635430.432 582589.917 6635054.993 583204.342 6635158.209</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B15</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_c3c6e4c6-fbd0-52d9-bbbd-880ba23e155d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>c3c6e4c6-fbd0-52d9-bbbd-880ba23e155d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_c3c6e4c6-fbd0-52d9-bbbd-880ba23e155d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579609.295 6634907.933 579792.504 6635142.146 579523.191 6635418.962 579234.625 6635579.834 579122.185 6634830.233 579286.858 6634764.86 579609.295 6634907.933</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B16</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_ad256fb1-1429-597f-8d37-3793f1afe1ae">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>ad256fb1-1429-597f-8d37-3793f1afe1ae</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_ad256fb1-1429-597f-8d37-3793f1afe1ae-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580910.155 6634845.242 581173.789 6635096.556 581139.77 6635120.496 580640.124 6635173.343 580591.118 6635253.535 580210.04 6635258.399 580431.406 6635043.217 580602.754 6635077.95 580693.862 6634870.426 580777.712 6634841.355 580910.155 6634845.242</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B17</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_474cdbb1-db7f-5599-9b02-c30b941f7dc6">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>474cdbb1-db7f-5599-9b02-c30b941f7dc6</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_474cdbb1-db7f-5599-9b02-c30b941f7dc6-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580463.107 6634834.605 580431.406 6635043.217 580210.04 6635258.399 580096.922 6635306.762 579796.417 6635141.707 580015.943 6634841.125 580447.085 6634818.518 580463.107 6634834.605</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BOP5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e1201a45-293e-5c37-b407-d9a423a27235">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e1201a45-293e-5c37-b407-d9a423a27235</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e1201a45-293e-5c37-b407-d9a423a27235-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582589.917 6635054.993 582437.677 6635430.432 582317.674 6635564.783 582211.872 6635613.336 582202.346 6635619.75 581935.373 6635446.217 581540.904 6634998.379 581572.611 6634945.609 581885.833 6634907.841 582081.576 6634916.754 582338.163 6634863.553 582474.552 6634854.054 582589.917 6635054.993</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B18</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8f4ffdb3-4c17-55b1-bee1-b1c69a903ed3">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8f4ffdb3-4c17-55b1-bee1-b1c69a903ed3</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8f4ffdb3-4c17-55b1-bee1-b1c69a903ed3-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578494.099 6634605.472 578441.989 6635094.222 577988.26 6635142.694 577817.531 6634962.828 577861.012 6634762.514 578429.365 6634494.612 578494.099 6634605.472</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B19</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e9c8946a-9afa-5041-9c1c-f056daa9c8ab">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e9c8946a-9afa-5041-9c1c-f056daa9c8ab</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e9c8946a-9afa-5041-9c1c-f056daa9c8ab-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580693.862 6634870.426 580602.754 6635077.95 580431.406 6635043.217 580463.107 6634834.605 580693.862 6634870.426</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B20</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a0a22972-c853-55cf-9864-d09052d901d9">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a0a22972-c853-55cf-9864-d09052d901d9</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a0a22972-c853-55cf-9864-d09052d901d9-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583435.896 6634896.926 583350.096 6635057.166 583263.216 6635153.919 583204.342 6635158.209 582589.917 6635054.993 582474.552 6634854.054 582519.419 6634696.587 583065.081 6634603.426 583435.896 6634896.926</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d1f7e83f-8dc5-5591-b704-3619c481158b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d1f7e83f-8dc5-5591-b704-3619c481158b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d1f7e83f-8dc5-5591-b704-3619c481158b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582338.163 6634863.553 582081.576 6634916.754 581885.833 6634907.841 582072.444 6634538.277 582338.163 6634863.553</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR21</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e47499e9-8eac-55d0-baf2-dcf01c783d27">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e47499e9-8eac-55d0-baf2-dcf01c783d27</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e47499e9-8eac-55d0-baf2-dcf01c783d27-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581564.691 6634815.296 581572.611 6634945.609 581540.904 6634998.379 581935.373 6635446.217 581399.247 6635834.908 581365.433 6635786.932 581360.035 6635110.005 581173.789 6635096.556 580910.155 6634845.242 580919.573 6634597.238 581414.015 6634575.016 581564.691 6634815.296</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1400</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BIA3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_2a669cfa-11b7-587d-a69b-858ce14375b3">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2a669cfa-11b7-587d-a69b-858ce14375b3</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2a669cfa-11b7-587d-a69b-858ce14375b3-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580777.712 6634841.355 580693.862 6634870.426 580463.107 6634834.605 580447.085 6634818.518 580479.457 6634416.183 580777.712 6634841.355</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_1bde6b45-1926-506f-8bf1-43ef8b03603d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>1bde6b45-1926-506f-8bf1-43ef8b03603d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_1bde6b45-1926-506f-8bf1-43ef8b03603d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>577861.012 6634762.514 577817.531 6634962.828 577150.818 6635147.636 576787.887 6634891.45 576893.554 6634494.812 577665.421 6634212.077 577861.012 6634762.514</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3030</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GTD3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_bb740092-848c-5da6-915a-24750489e108">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>bb740092-848c-5da6-915a-24750489e108</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_bb740092-848c-5da6-915a-24750489e108-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578881.078 6634817.189 578886.864 6634829.118 578729.15 6635206.013 578441.989 6635094.222 578494.099 6634605.472 578881.078 6634817.189</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_db0da271-3680-5959-a2c5-5bb02bbd6b6b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>db0da271-3680-5959-a2c5-5bb02bbd6b6b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_db0da271-3680-5959-a2c5-5bb02bbd6b6b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581381.279 6634635.525 581408.481 6634651.722 581433.259 6634671.305 581449.838 6634695.528 581457.22 6634719.845 581461.841 6634743.96 581452.89 6634763.064 581432.308 6634771.963 581413.044 6634780.78 581389.086 6634785.758 581360.25 6634778.039 581332.489 6634762.798 581306.587 6634743.378 581288.301 6634718.695 581280.341 6634693.304 581281.28 6634670.438 581292.726 6634653.49 581306.571 6634639.001 581324.236 6634625.579 581351.529 6634624.154 581381.279 6634635.525</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BOP7</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_b4df9bfe-19ee-5550-b97d-b6e6ade4fa25">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>b4df9bfe-19ee-5550-b97d-b6e6ade4fa25</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_b4df9bfe-19ee-5550-b97d-b6e6ade4fa25-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583065.081 6634603.426 582519.419 6634696.587 582474.552 6634854.054 582338.163 6634863.553 582072.444 6634538.277 582065.411 6634365.449 582222.395 6634345.826 582508.317 6634600.886 582684.531 6634302.22 583065.081 6634603.426</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_02ba14f1-a4c9-5f4e-aba5-325690984f0b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>02ba14f1-a4c9-5f4e-aba5-325690984f0b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_02ba14f1-a4c9-5f4e-aba5-325690984f0b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581338.419 6634402.428 581414.015 6634575.016 580919.573 6634597.238 580865.192 6634309.898 581338.419 6634402.428</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B21</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_27dcdcf0-fa55-5683-b657-598eb3ac07ed">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>27dcdcf0-fa55-5683-b657-598eb3ac07ed</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_27dcdcf0-fa55-5683-b657-598eb3ac07ed-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578933.601 6634477.399 578881.078 6634817.189 578494.099 6634605.472 578429.365 6634494.612 578458.166 6634405.982 578933.601 6634477.399</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>LSB7</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_78d1fc4f-82c4-52be-a6bb-5959dc9cc235">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>78d1fc4f-82c4-52be-a6bb-5959dc9cc235</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_78d1fc4f-82c4-52be-a6bb-5959dc9cc235-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584606.939 6634603.972 584098.268 6634476.69 584414.013 6634363.052 584606.939 6634603.972</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6001</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>V3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d1dbe86c-11b4-52f3-94de-44cd326e8d7e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d1dbe86c-11b4-52f3-94de-44cd326e8d7e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d1dbe86c-11b4-52f3-94de-44cd326e8d7e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581538.09 6633876.186 581793.281 6634453.975 582024.848 6634354.546 582065.411 6634365.449 582072.444 6634538.277 581885.833 6634907.841 581572.611 6634945.609 581564.691 6634815.296 581414.015 6634575.016 581338.419 6634402.428 581526.08 6633870.294 581538.09 6633876.186</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B22</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_be3763f2-e135-5610-9c1c-a350b3f1d50e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>be3763f2-e135-5610-9c1c-a350b3f1d50e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_be3763f2-e135-5610-9c1c-a350b3f1d50e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580463.085 6634327.599 580479.457 6634416.183 580447.085 6634818.518 580015.943 6634841.125 579796.417 6635141.707 579792.504 6635142.146 579609.295 6634907.933 579628.848 6634352.919 579726.062 6634305.41 580110.596 6634440.965 580344.251 6634279.57 580463.085 6634327.599</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B23</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_26d89193-079d-59bb-9a99-bd8ea2adefdb">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>26d89193-079d-59bb-9a99-bd8ea2adefdb</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_26d89193-079d-59bb-9a99-bd8ea2adefdb-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579025.478 6634385.522 579181.24 6634326.891 579210.443 6634331.443 579286.858 6634764.86 579122.185 6634830.233 578886.864 6634829.118 578881.078 6634817.189 578933.601 6634477.399 578458.166 6634405.982 578443.199 6634019.156 578475.997 6633984.643 579025.478 6634385.522</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B24</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_2091df43-a5a9-5c5c-8f68-39e3f4f6891d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2091df43-a5a9-5c5c-8f68-39e3f4f6891d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2091df43-a5a9-5c5c-8f68-39e3f4f6891d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580865.192 6634309.898 580919.573 6634597.238 580910.155 6634845.242 580777.712 6634841.355 580479.457 6634416.183 580463.085 6634327.599 580826.968 6634269.108 580865.192 6634309.898</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1150</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BF1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_59c2aa88-c05b-515f-8091-51aa6dcfeb39">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>59c2aa88-c05b-515f-8091-51aa6dcfeb39</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_59c2aa88-c05b-515f-8091-51aa6dcfeb39-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579399.214 6634289.455 579628.848 6634352.919 579609.295 6634907.933 579286.858 6634764.86 579210.443 6634331.443 579297.274 6634288.108 579399.214 6634289.455</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_4ab62ffc-0687-560b-96ae-b1aca21ce972">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>4ab62ffc-0687-560b-96ae-b1aca21ce972</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_4ab62ffc-0687-560b-96ae-b1aca21ce972-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582684.531 6634302.22 582508.317 6634600.886 582222.395 6634345.826 582254.353 6634254.321 582497.256 6634153.992 582684.531 6634302.22</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3030</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GTD4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_6c4c292c-769e-5633-ab23-713fb438fa9b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>6c4c292c-769e-5633-ab23-713fb438fa9b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_6c4c292c-769e-5633-ab23-713fb438fa9b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579729.884 6633857.37 579764.88 6634091.908 579726.062 6634305.41 579628.848 6634352.919 579399.214 6634289.455 579642.869 6633749.933 579652.737 6633749.264 579729.884 6633857.37</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3040</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GF2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_c5b3f609-5382-598a-bb7a-f715a5637b25">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>c5b3f609-5382-598a-bb7a-f715a5637b25</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_c5b3f609-5382-598a-bb7a-f715a5637b25-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580343.647 6634277.343 580344.251 6634279.57 580110.596 6634440.965 579726.062 6634305.41 579764.88 6634091.908 580089.322 6634084.244 580343.647 6634277.343</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B25</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_13909ab0-f236-5ebe-b133-5031c79c1632">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>13909ab0-f236-5ebe-b133-5031c79c1632</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_13909ab0-f236-5ebe-b133-5031c79c1632-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581526.08 6633870.294 581338.419 6634402.428 580865.192 6634309.898 580826.968 6634269.108 581031.103 6633732.66 581081.635 6633721.999 581400.818 6633696.818 581526.08 6633870.294</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3040</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GF3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_609983fc-3c96-56b1-b89e-20db2e1139b0">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>609983fc-3c96-56b1-b89e-20db2e1139b0</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_609983fc-3c96-56b1-b89e-20db2e1139b0-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578458.166 6634405.982 578429.365 6634494.612 577861.012 6634762.514 577665.421 6634212.077 577723.295 6634031.936 578443.199 6634019.156 578458.166 6634405.982</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB8</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_fbc60448-064e-550b-8004-b182b44415c2">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>fbc60448-064e-550b-8004-b182b44415c2</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_fbc60448-064e-550b-8004-b182b44415c2-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584414.013 6634363.052 584098.268 6634476.69 583078.807 6634221.595 582941.807 6634066.098 583216.542 6633491.113 583496.114 6633281.936 583535.138 6633265.54 584414.013 6634363.052</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR22</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a466fc50-49e7-5e97-800c-361830d8108a">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a466fc50-49e7-5e97-800c-361830d8108a</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a466fc50-49e7-5e97-800c-361830d8108a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583078.807 6634221.595 582776.7 6634146.001 582810.42 6634088.848 582941.807 6634066.098 583078.807 6634221.595</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8af9c971-95d9-5b49-ace3-aa6c0213b53c">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8af9c971-95d9-5b49-ace3-aa6c0213b53c</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8af9c971-95d9-5b49-ace3-aa6c0213b53c-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582810.42 6634088.848 582776.7 6634146.001 582614.728 6634105.471 582737.464 6634054.776 582810.42 6634088.848</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3030</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GTD5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_c4f876b2-4628-5f8e-9b47-af870a9133d9">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>c4f876b2-4628-5f8e-9b47-af870a9133d9</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_c4f876b2-4628-5f8e-9b47-af870a9133d9-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580357.173 6634089.489 580343.647 6634277.343 580089.322 6634084.244 579764.88 6634091.908 579729.884 6633857.37 579993.433 6633904.318 580278.903 6633682.085 580357.173 6634089.489</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1130</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>S1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a0b57641-b8d5-513c-826d-ea3f8cb1a65f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a0b57641-b8d5-513c-826d-ea3f8cb1a65f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a0b57641-b8d5-513c-826d-ea3f8cb1a65f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>577723.183 6634031.672 577723.295 6634031.936 577665.421 6634212.077 576893.554 6634494.812 576542.359 6633442.508 577723.183 6634031.672</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR23</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_77dc3b4d-f271-5e17-83be-fe0c062f67a9">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>77dc3b4d-f271-5e17-83be-fe0c062f67a9</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_77dc3b4d-f271-5e17-83be-fe0c062f67a9-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582737.464 6634054.776 582614.728 6634105.471 582353.31 6634040.058 582497.256 6634153.992 582254.353 6634254.321 582221.721 6633822.329 582313.91 6633735.358 582737.464 6634054.776</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR24</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_cd99f50f-af28-579c-b2e6-1e9a28964bcf">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>cd99f50f-af28-579c-b2e6-1e9a28964bcf</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_cd99f50f-af28-579c-b2e6-1e9a28964bcf-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581893.036 6633935.851 582024.848 6634354.546 581793.281 6634453.975 581538.09 6633876.186 581893.036 6633935.851</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B26</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_b902946c-a016-5169-b246-de03d8916acc">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>b902946c-a016-5169-b246-de03d8916acc</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_b902946c-a016-5169-b246-de03d8916acc-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578935.159 6633473.556 579316.26 6633705.871 579297.274 6634288.108 579210.443 6634331.443 579181.24 6634326.891 579025.478 6634385.522 578475.997 6633984.643 578548.258 6633866.906 578693.558 6633528.261 578910.627 6633452.45 578935.159 6633473.556</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B27</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_c1ce260f-9719-5bf6-85b0-c45492c61bd7">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>c1ce260f-9719-5bf6-85b0-c45492c61bd7</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_c1ce260f-9719-5bf6-85b0-c45492c61bd7-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582254.353 6634254.321 582222.395 6634345.826 582065.411 6634365.449 582024.848 6634354.546 581893.036 6633935.851 582221.721 6633822.329 582254.353 6634254.321</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B28</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_033e341d-c3b1-5b4d-b285-80c2e51876aa">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>033e341d-c3b1-5b4d-b285-80c2e51876aa</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_033e341d-c3b1-5b4d-b285-80c2e51876aa-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580811.227 6633715.094 580974.17 6633703.237 581031.103 6633732.66 580826.968 6634269.108 580463.085 6634327.599 580344.251 6634279.57 580343.647 6634277.343 580357.173 6634089.489 580278.903 6633682.085 580286.664 6633630.763 580811.227 6633715.094</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1130</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>S2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_7657dd65-8661-5136-bf9f-11ec3c6f7bd9">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>7657dd65-8661-5136-bf9f-11ec3c6f7bd9</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_7657dd65-8661-5136-bf9f-11ec3c6f7bd9-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579642.869 6633749.933 579399.214 6634289.455 579297.274 6634288.108 579316.26 6633705.871 579642.869 6633749.933</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B29</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_343e77e5-4159-5000-9715-895c2d528b22">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>343e77e5-4159-5000-9715-895c2d528b22</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_343e77e5-4159-5000-9715-895c2d528b22-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580286.664 6633630.763 580278.903 6633682.085 579993.433 6633904.318 579729.884 6633857.37 579652.737 6633749.264 579685.306 6633704.895 580208.004 6633469.606 580286.664 6633630.763</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3050</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GP3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d5b08533-e890-5f82-979f-f44ef3fedccf">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d5b08533-e890-5f82-979f-f44ef3fedccf</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d5b08533-e890-5f82-979f-f44ef3fedccf-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582323.733 6633595.484 582313.91 6633735.358 582221.721 6633822.329 581893.036 6633935.851 581538.09 6633876.186 581526.08 6633870.294 581400.818 6633696.818 581403.082 6633692.083 581478.67 6633647.974 582039.313 6633495.764 582323.733 6633595.484</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_dc252a6b-dbc2-5660-a831-6614216d397e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>dc252a6b-dbc2-5660-a831-6614216d397e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_dc252a6b-dbc2-5660-a831-6614216d397e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580887.635 6633553.193 580974.17 6633703.237 580811.227 6633715.094 580286.664 6633630.763 580208.004 6633469.606 580208.111 6633468.357 580464.688 6633376.324 580887.635 6633553.193</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>2080</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>SPA1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_779362a7-e6e1-5397-887f-76266b164bd6">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>779362a7-e6e1-5397-887f-76266b164bd6</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_779362a7-e6e1-5397-887f-76266b164bd6-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583216.542 6633491.113 582941.807 6634066.098 582810.42 6634088.848 582737.464 6634054.776 582313.91 6633735.358 582323.733 6633595.484 582364.181 6633526.235 582539.189 6633422.185 583216.542 6633491.113</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6700</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>VFR1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_465a41a7-e365-5c88-bda7-85a779873229">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>465a41a7-e365-5c88-bda7-85a779873229</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_465a41a7-e365-5c88-bda7-85a779873229-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578665.733 6633510.632 578693.558 6633528.261 578548.258 6633866.906 578475.997 6633984.643 578443.199 6634019.156 577723.295 6634031.936 577723.183 6634031.672 577833.414 6633218.409 577960.798 6633211.538 578665.733 6633510.632</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B30</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_69dcccce-8b8e-5140-a403-565fc4ebf5b3">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>69dcccce-8b8e-5140-a403-565fc4ebf5b3</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_69dcccce-8b8e-5140-a403-565fc4ebf5b3-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582039.313 6633495.764 581478.67 6633647.974 581885.258 6633243.806 582039.313 6633495.764</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B31</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a1e7b408-e7f4-5d6a-8206-e3a2b8516dd4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a1e7b408-e7f4-5d6a-8206-e3a2b8516dd4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a1e7b408-e7f4-5d6a-8206-e3a2b8516dd4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580151.895 6633296.789 580208.111 6633468.357 580208.004 6633469.606 579685.306 6633704.895 579676.487 6633246.304 579738.946 6633164.408 580151.895 6633296.789</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B32</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_aed4f0f7-7524-5bb9-8517-da22cd6e0dd4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>aed4f0f7-7524-5bb9-8517-da22cd6e0dd4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_aed4f0f7-7524-5bb9-8517-da22cd6e0dd4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579685.306 6633704.895 579652.737 6633749.264 579642.869 6633749.933 579316.26 6633705.871 578935.159 6633473.556 578910.627 6633452.45 578935.353 6633406.206 579676.487 6633246.304 579685.306 6633704.895</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BOP8</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a1d3fcb5-d036-5ae7-a018-e6a78b865931">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a1d3fcb5-d036-5ae7-a018-e6a78b865931</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a1d3fcb5-d036-5ae7-a018-e6a78b865931-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580887.635 6633553.193 580464.688 6633376.324 580726.073 6633148.005 580746.558 6633142.578 580887.635 6633553.193</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP9</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9e0b8090-1a89-5e8a-8e34-0c65442b730f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9e0b8090-1a89-5e8a-8e34-0c65442b730f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9e0b8090-1a89-5e8a-8e34-0c65442b730f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583496.114 6633281.936 583216.542 6633491.113 582539.189 6633422.185 582574.243 6633081.536 582806.902 6633011.978 583496.114 6633281.936</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>LSB9</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9466b950-3919-529a-84ed-8c90e5a7f931">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9466b950-3919-529a-84ed-8c90e5a7f931</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9466b950-3919-529a-84ed-8c90e5a7f931-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582364.181 6633526.235 582323.733 6633595.484 582039.313 6633495.764 581885.258 6633243.806 581942.708 6632921.712 582010.655 6632838.123 582364.181 6633526.235</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1400</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BIA4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_962c3e5b-0afc-5cc9-83e3-b22dbdf22172">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>962c3e5b-0afc-5cc9-83e3-b22dbdf22172</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_962c3e5b-0afc-5cc9-83e3-b22dbdf22172-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581885.258 6633243.806 581478.67 6633647.974 581403.082 6633692.083 581407.872 6633213.887 581474.988 6633146.375 581942.708 6632921.712 581885.258 6633243.806</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B33</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_56ed9275-6400-5c7b-a6aa-e055e89034b0">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>56ed9275-6400-5c7b-a6aa-e055e89034b0</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_56ed9275-6400-5c7b-a6aa-e055e89034b0-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>577833.414 6633218.409 577723.183 6634031.672 576542.359 6633442.508 576893.554 6634494.812 576787.887 6634891.45 574693.41 6635488.65 574718.759 6635277.91 575684.21 6634291.441 575851.023 6632737.921 576099.707 6632816.158 577083.123 6632693.034 577833.414 6633218.409</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR25</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_7e5232ba-8b54-5617-b1ae-cf06801f625a">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>7e5232ba-8b54-5617-b1ae-cf06801f625a</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_7e5232ba-8b54-5617-b1ae-cf06801f625a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581407.872 6633213.887 581403.082 6633692.083 581400.818 6633696.818 581081.635 6633721.999 581031.103 6633732.66 580974.17 6633703.237 580887.635 6633553.193 580746.558 6633142.578 580747.667 6633140.63 581042.42 6633190.419 581218.756 6633067.365 581407.872 6633213.887</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B34</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_430d7d40-ee17-5fc8-a1f8-c484f9a0c1c8">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>430d7d40-ee17-5fc8-a1f8-c484f9a0c1c8</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_430d7d40-ee17-5fc8-a1f8-c484f9a0c1c8-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579670.351 6632899.903 579738.946 6633164.408 579676.487 6633246.304 578935.353 6633406.206 578976.505 6633234.116 579339.101 6632889.414 579555.6 6632873.89 579670.351 6632899.903</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP10</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_ed32a18d-3b21-5105-bfa5-ca2d86984eaf">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>ed32a18d-3b21-5105-bfa5-ca2d86984eaf</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_ed32a18d-3b21-5105-bfa5-ca2d86984eaf-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578665.733 6633510.632 577960.798 6633211.538 578347.548 6632700.266 578408.306 6632673.995 578665.733 6633510.632</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B35</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_50e0be1f-ac03-53ec-aa6d-2fcb91e7b9e5">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>50e0be1f-ac03-53ec-aa6d-2fcb91e7b9e5</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_50e0be1f-ac03-53ec-aa6d-2fcb91e7b9e5-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580726.073 6633148.005 580464.688 6633376.324 580208.111 6633468.357 580151.895 6633296.789 580235.991 6633087.364 580268.5 6633064.56 580279.883 6633060.397 580726.073 6633148.005</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1130</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>S3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a593d64f-a8cd-556b-8a75-33fab8bc76cf">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a593d64f-a8cd-556b-8a75-33fab8bc76cf</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a593d64f-a8cd-556b-8a75-33fab8bc76cf-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580077.695 6632533.664 580118.575 6632712.758 580018.544 6632831.088 580235.991 6633087.364 580151.895 6633296.789 579738.946 6633164.408 579670.351 6632899.903 579771.858 6632805.734 579794.668 6632630.72 580076.26 6632533.379 580077.695 6632533.664</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B36</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a4b9adc1-ed62-550c-ad89-48a1d795d39b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a4b9adc1-ed62-550c-ad89-48a1d795d39b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a4b9adc1-ed62-550c-ad89-48a1d795d39b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582574.243 6633081.536 582539.189 6633422.185 582364.181 6633526.235 582010.655 6632838.123 582036.334 6632751.494 582198.899 6632646.613 582574.243 6633081.536</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN7</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_0cc38f8e-b09a-5e1e-a9ac-7a9fbab5b061">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>0cc38f8e-b09a-5e1e-a9ac-7a9fbab5b061</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_0cc38f8e-b09a-5e1e-a9ac-7a9fbab5b061-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581218.756 6633067.365 581042.42 6633190.419 580747.667 6633140.63 580826.016 6632807.303 580852.185 6632789.812 581048.726 6632756.228 581218.756 6633067.365</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B37</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_1666133a-7a73-5b14-8541-501525eac008">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>1666133a-7a73-5b14-8541-501525eac008</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_1666133a-7a73-5b14-8541-501525eac008-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583535.138 6633265.54 583496.114 6633281.936 582806.902 6633011.978 582715.698 6632577.767 582831.209 6632534.156 582928.439 6632507.912 583535.138 6633265.54</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1120</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BFR2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_87c05ee2-eb9c-5fb1-b855-8e9233c1a3e0">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>87c05ee2-eb9c-5fb1-b855-8e9233c1a3e0</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_87c05ee2-eb9c-5fb1-b855-8e9233c1a3e0-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582247.072 6632579.985 582198.899 6632646.613 582036.334 6632751.494 582010.655 6632838.123 581942.708 6632921.712 581474.988 6633146.375 581407.872 6633213.887 581218.756 6633067.365 581048.726 6632756.228 581110.144 6632695.964 581446.098 6632857.48 581774.479 6632633.046 581461.828 6632388.787 581620.919 6632171.179 582235.816 6632049.072 582247.072 6632579.985</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B38</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_823257d2-031e-51cb-8a7f-b561fcca3d80">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>823257d2-031e-51cb-8a7f-b561fcca3d80</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_823257d2-031e-51cb-8a7f-b561fcca3d80-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579339.101 6632889.414 578976.505 6633234.116 578800.521 6632726.162 579226.038 6632605.463 579339.101 6632889.414</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B39</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_fadf6aba-a23e-5855-9f33-fbc499132dd4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>fadf6aba-a23e-5855-9f33-fbc499132dd4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_fadf6aba-a23e-5855-9f33-fbc499132dd4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580268.5 6633064.56 580235.991 6633087.364 580018.544 6632831.088 580118.575 6632712.758 580268.5 6632705.481 580268.5 6633064.56</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B40</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d2ebbbb3-f83e-52b3-bc55-bec8bb36fc7f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d2ebbbb3-f83e-52b3-bc55-bec8bb36fc7f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d2ebbbb3-f83e-52b3-bc55-bec8bb36fc7f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580571.275 6632757.859 580826.016 6632807.303 580747.667 6633140.63 580746.558 6633142.578 580726.073 6633148.005 580279.883 6633060.397 580268.5 6633064.56 580268.5 6632705.481 580412.576 6632604.068 580571.275 6632757.859</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B41</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_adc20039-5631-5e9e-bd19-da809e089a99">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>adc20039-5631-5e9e-bd19-da809e089a99</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_adc20039-5631-5e9e-bd19-da809e089a99-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578347.548 6632700.266 577960.798 6633211.538 577833.414 6633218.409 577083.123 6632693.034 577232.835 6632565.74 577670.957 6632384.005 578347.548 6632700.266</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR26</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_fdf83598-0d0c-5ae9-8a38-fbdbb52dd16b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>fdf83598-0d0c-5ae9-8a38-fbdbb52dd16b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_fdf83598-0d0c-5ae9-8a38-fbdbb52dd16b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581461.828 6632388.787 581774.479 6632633.046 581446.098 6632857.48 581110.144 6632695.964 581294.603 6632384.725 581461.828 6632388.787</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN7</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_24781516-7fc2-563c-a5d5-d85d5951588e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>24781516-7fc2-563c-a5d5-d85d5951588e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_24781516-7fc2-563c-a5d5-d85d5951588e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582806.902 6633011.978 582574.243 6633081.536 582198.899 6632646.613 582247.072 6632579.985 582715.698 6632577.767 582806.902 6633011.978</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B42</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9c002470-1c0e-5d53-8e1a-d3e5ecf0453c">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9c002470-1c0e-5d53-8e1a-d3e5ecf0453c</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9c002470-1c0e-5d53-8e1a-d3e5ecf0453c-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579794.668 6632630.72 579771.858 6632805.734 579670.351 6632899.903 579555.6 6632873.89 579339.101 6632889.414 579226.038 6632605.463 579227.501 6632598.093 579463.889 6632397.585 579615.203 6632122.398 579645.917 6632121.908 579794.668 6632630.72</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B43</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_690f9732-c9ef-5f3f-b782-3d5482ec874d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>690f9732-c9ef-5f3f-b782-3d5482ec874d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_690f9732-c9ef-5f3f-b782-3d5482ec874d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580377.932 6632430.034 580412.576 6632604.068 580268.5 6632705.481 580118.575 6632712.758 580077.695 6632533.664 580264.482 6632410.658 580377.932 6632430.034</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN8</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e76eda5c-cff8-57e7-846a-2035365eb071">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e76eda5c-cff8-57e7-846a-2035365eb071</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e76eda5c-cff8-57e7-846a-2035365eb071-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582831.209 6632534.156 582715.698 6632577.767 582247.072 6632579.985 582235.816 6632049.072 582245.074 6632017.335 582564.387 6631980.747 582831.209 6632534.156</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN8</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_3a97c4cc-e2b4-5b23-8e35-e43bb2673140">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>3a97c4cc-e2b4-5b23-8e35-e43bb2673140</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_3a97c4cc-e2b4-5b23-8e35-e43bb2673140-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580264.482 6632410.658 580077.695 6632533.664 580076.26 6632533.379 579716.887 6632089.448 579860.269 6631996.288 580264.482 6632410.658</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B44</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_9c00fe1d-103f-55b4-9090-c4e83dd57b41">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>9c00fe1d-103f-55b4-9090-c4e83dd57b41</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_9c00fe1d-103f-55b4-9090-c4e83dd57b41-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581185.281 6632237.48 581294.603 6632384.725 581110.144 6632695.964 581048.726 6632756.228 580852.185 6632789.812 580710.373 6632326.003 581032.27 6632080.025 581185.281 6632237.48</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B45</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_fa66a779-8465-534e-a1a0-14b20204ca79">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>fa66a779-8465-534e-a1a0-14b20204ca79</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_fa66a779-8465-534e-a1a0-14b20204ca79-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578551.543 6632549.083 578663.669 6632566.145 578800.521 6632726.162 578976.505 6633234.116 578935.353 6633406.206 578910.627 6633452.45 578693.558 6633528.261 578665.733 6633510.632 578408.306 6632673.995 578347.548 6632700.266 577670.957 6632384.005 578234.454 6631930.342 578551.543 6632549.083</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>LSB10</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_198abd28-8b4c-5ad1-9d36-4cdfddf7bd09">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>198abd28-8b4c-5ad1-9d36-4cdfddf7bd09</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_198abd28-8b4c-5ad1-9d36-4cdfddf7bd09-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581620.919 6632171.179 581461.828 6632388.787 581294.603 6632384.725 581185.281 6632237.48 581595.578 6631807.95 581620.919 6632171.179</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR27</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_3d6adc71-f142-5fca-9dda-0ea78bddd9fe">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>3d6adc71-f142-5fca-9dda-0ea78bddd9fe</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_3d6adc71-f142-5fca-9dda-0ea78bddd9fe-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579097.356 6631955.996 579224.852 6631946.819 579615.203 6632122.398 579463.889 6632397.585 579227.501 6632598.093 579226.038 6632605.463 578800.521 6632726.162 578663.669 6632566.145 578551.543 6632549.083 578234.454 6631930.342 578259.359 6631853.543 578730.096 6631708.701 579097.356 6631955.996</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR28</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f0680d93-756b-5945-ab39-6bc3cd2465d8">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f0680d93-756b-5945-ab39-6bc3cd2465d8</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f0680d93-756b-5945-ab39-6bc3cd2465d8-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582941.876 6632137.166 582781.992 6632325.034 582928.439 6632507.912 582831.209 6632534.156 582564.387 6631980.747 582616.585 6631969.148 582941.876 6632137.166</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR29</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8479c123-de12-5fe3-9c1a-49932bd32b0b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8479c123-de12-5fe3-9c1a-49932bd32b0b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8479c123-de12-5fe3-9c1a-49932bd32b0b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580281.286 6631708.862 580408 6632396.29 580377.932 6632430.034 580264.482 6632410.658 579860.269 6631996.288 580120.335 6631669.428 580180.084 6631620.55 580281.286 6631708.862</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B46</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8cf3da49-e2b6-5de8-bae7-3b53cd85a7a9">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8cf3da49-e2b6-5de8-bae7-3b53cd85a7a9</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8cf3da49-e2b6-5de8-bae7-3b53cd85a7a9-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582118.484 6631676.922 582245.074 6632017.335 582235.816 6632049.072 581620.919 6632171.179 581595.578 6631807.95 581639.57 6631431.463 582118.484 6631676.922</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1120</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BFR3</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_6d4af8a7-7f83-5b92-a728-65685de4da16">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>6d4af8a7-7f83-5b92-a728-65685de4da16</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_6d4af8a7-7f83-5b92-a728-65685de4da16-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580484.441 6631817.762 580896.352 6631912.245 581008.944 6631974.916 581032.27 6632080.025 580710.373 6632326.003 580852.185 6632789.812 580826.016 6632807.303 580571.275 6632757.859 580412.576 6632604.068 580377.932 6632430.034 580408 6632396.29 580281.286 6631708.862 580484.441 6631817.762</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B47</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d94c05ab-cd4e-5d11-9a0e-6f4d35442362">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d94c05ab-cd4e-5d11-9a0e-6f4d35442362</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d94c05ab-cd4e-5d11-9a0e-6f4d35442362-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581639.57 6631431.463 581595.578 6631807.95 581185.281 6632237.48 581032.27 6632080.025 581008.944 6631974.916 581415.065 6631464.137 581629.547 6631421.149 581639.57 6631431.463</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN9</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_1eb53929-e73a-5806-bb5f-9976e377efdf">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>1eb53929-e73a-5806-bb5f-9976e377efdf</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_1eb53929-e73a-5806-bb5f-9976e377efdf-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583242.772 6631783.606 582941.876 6632137.166 582616.585 6631969.148 582945.665 6631521.234 583242.772 6631783.606</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1400</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BIA5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_5a28d5d7-b9b2-5c16-bc7e-15643d59d079">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>5a28d5d7-b9b2-5c16-bc7e-15643d59d079</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_5a28d5d7-b9b2-5c16-bc7e-15643d59d079-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580120.335 6631669.428 579860.269 6631996.288 579716.887 6632089.448 580076.26 6632533.379 579794.668 6632630.72 579645.917 6632121.908 579615.203 6632122.398 579224.852 6631946.819 579402.009 6631491.436 580120.335 6631669.428</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B48</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_dcfa7b0f-9b1c-58ea-98a0-e76a4cf2e8bf">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>dcfa7b0f-9b1c-58ea-98a0-e76a4cf2e8bf</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_dcfa7b0f-9b1c-58ea-98a0-e76a4cf2e8bf-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582926.028 6631467.7 582945.665 6631521.234 582616.585 6631969.148 582564.387 6631980.747 582245.074 6632017.335 582118.484 6631676.922 582610.236 6631241.832 582926.028 6631467.7</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB11</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_8f4b220f-c368-5ac9-9c8e-7ff22e673552">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>8f4b220f-c368-5ac9-9c8e-7ff22e673552</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_8f4b220f-c368-5ac9-9c8e-7ff22e673552-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580896.352 6631912.245 580484.441 6631817.762 580281.286 6631708.862 580180.084 6631620.55 580221.237 6631378.509 580820.75 6631357.836 580896.352 6631912.245</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>LSB12</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_018a1101-413a-5bd7-b1d2-0efffd5f53f8">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>018a1101-413a-5bd7-b1d2-0efffd5f53f8</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_018a1101-413a-5bd7-b1d2-0efffd5f53f8-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579402.009 6631491.436 579224.852 6631946.819 579097.356 6631955.996 578730.096 6631708.701 578855.606 6631173.29 579316.975 6630936.29 579402.009 6631491.436</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1999</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>X1</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_d7858364-5c0d-59cf-b09c-7fb86ea67b6c">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d7858364-5c0d-59cf-b09c-7fb86ea67b6c</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d7858364-5c0d-59cf-b09c-7fb86ea67b6c-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581415.065 6631464.137 581008.944 6631974.916 580896.352 6631912.245 580820.75 6631357.836 581015.002 6631282.164 581415.065 6631464.137</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3030</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GTD6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_bd58d66c-c3fd-5ef8-9e76-45455779f40f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>bd58d66c-c3fd-5ef8-9e76-45455779f40f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_bd58d66c-c3fd-5ef8-9e76-45455779f40f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583580.838 6631386.371 583242.772 6631783.606 582945.665 6631521.234 582926.028 6631467.7 583241.1 6631194.135 583580.838 6631386.371</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B49</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f363a574-e4a9-5d1c-b05c-23ab8955e2b2">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f363a574-e4a9-5d1c-b05c-23ab8955e2b2</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f363a574-e4a9-5d1c-b05c-23ab8955e2b2-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580125.937 6631052.222 580221.237 6631378.509 580180.084 6631620.55 580120.335 6631669.428 579402.009 6631491.436 579316.975 6630936.29 579351.038 6630894.701 580125.937 6631052.222</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN9</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_b701a353-dfe5-5058-a180-3aeaf28ef287">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>b701a353-dfe5-5058-a180-3aeaf28ef287</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_b701a353-dfe5-5058-a180-3aeaf28ef287-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582610.236 6631241.832 582118.484 6631676.922 581639.57 6631431.463 581629.547 6631421.149 581693.677 6631073.841 582432.019 6630705.943 582540.14 6630700.639 582610.236 6631241.832</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5200</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>LS5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_0dfc3485-fb92-5da7-b6cf-8870c8fae270">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>0dfc3485-fb92-5da7-b6cf-8870c8fae270</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_0dfc3485-fb92-5da7-b6cf-8870c8fae270-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581693.677 6631073.841 581629.547 6631421.149 581415.065 6631464.137 581015.002 6631282.164 580949.658 6630900.156 581092.26 6630709.877 581438.964 6630646.153 581693.677 6631073.841</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB13</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_145c65e0-0986-5b74-a208-2832c543fdea">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>145c65e0-0986-5b74-a208-2832c543fdea</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_145c65e0-0986-5b74-a208-2832c543fdea-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583240.001 6630956.637 583258.292 6631048.488 583241.1 6631194.135 582926.028 6631467.7 582610.236 6631241.832 582540.14 6630700.639 582552.221 6630687.745 582851.828 6630642.301 583240.001 6630956.637</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BN10</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_5a2e701d-12bd-5851-ba8e-b09f2c01c694">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>5a2e701d-12bd-5851-ba8e-b09f2c01c694</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_5a2e701d-12bd-5851-ba8e-b09f2c01c694-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583956.577 6630944.868 583825.141 6631099.309 583580.838 6631386.371 583241.1 6631194.135 583258.292 6631048.488 583240.001 6630956.637 583600.567 6630742.388 583956.577 6630944.868</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6001</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>V4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_097c2817-ac3f-51e6-924d-2cdc246101c7">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>097c2817-ac3f-51e6-924d-2cdc246101c7</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_097c2817-ac3f-51e6-924d-2cdc246101c7-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580281.902 6629494.965 580320.412 6629560.322 580187.002 6630427.488 580177.961 6630434.148 580150.758 6631012.601 580479.824 6630885.259 580949.658 6630900.156 581015.002 6631282.164 580820.75 6631357.836 580221.237 6631378.509 580125.937 6631052.222 579351.038 6630894.701 579316.975 6630936.29 578855.606 6631173.29 578283.805 6630842.146 578883.896 6630392.078 579311.077 6630704.611 579661.733 6630017.283 579618.364 6629671.713 579657.23 6629468.044 580281.902 6629494.965</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR30</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_0520c9b7-84f2-59f0-8dac-a790712d2f26">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>0520c9b7-84f2-59f0-8dac-a790712d2f26</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_0520c9b7-84f2-59f0-8dac-a790712d2f26-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580866.133 6630234.867 580795.164 6630398.405 581092.26 6630709.877 580949.658 6630900.156 580479.824 6630885.259 580784.555 6630401.524 580398.357 6630324.078 580503.496 6629977.807 580866.133 6630234.867</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN10</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_7741dee7-b625-568d-8da2-7ba40e8f8cc4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>7741dee7-b625-568d-8da2-7ba40e8f8cc4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_7741dee7-b625-568d-8da2-7ba40e8f8cc4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582432.019 6630705.943 581693.677 6631073.841 581438.964 6630646.153 581584.989 6630163.665 582432.019 6630705.943</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B50</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_0d92b64a-7991-5ec2-b1e4-3b717463671e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>0d92b64a-7991-5ec2-b1e4-3b717463671e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_0d92b64a-7991-5ec2-b1e4-3b717463671e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583529.471 6630590.089 583600.567 6630742.388 583240.001 6630956.637 582851.828 6630642.301 583078.431 6630463.468 583332.486 6630370.328 583529.471 6630590.089</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3040</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GF4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_47061e12-cfa4-5808-bc53-869ab6d3df0a">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>47061e12-cfa4-5808-bc53-869ab6d3df0a</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_47061e12-cfa4-5808-bc53-869ab6d3df0a-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583991.32 6630904.044 583956.577 6630944.868 583600.567 6630742.388 583529.471 6630590.089 583962.36 6630291.545 583991.32 6630904.044</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN11</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_3fc966be-d572-5d73-b56a-35107dcb2318">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>3fc966be-d572-5d73-b56a-35107dcb2318</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_3fc966be-d572-5d73-b56a-35107dcb2318-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580467.229 6629749.763 580503.496 6629977.807 580398.357 6630324.078 580784.555 6630401.524 580479.824 6630885.259 580150.758 6631012.601 580177.961 6630434.148 580187.002 6630427.488 580320.412 6629560.322 580467.229 6629749.763</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR31</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_c3865c50-0494-5aac-9200-e773dce67679">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>c3865c50-0494-5aac-9200-e773dce67679</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_c3865c50-0494-5aac-9200-e773dce67679-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582924.301 6629874.472 583078.431 6630463.468 582851.828 6630642.301 582552.221 6630687.745 582459.791 6629758.586 582611.948 6629750.241 582924.301 6629874.472</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN12</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_5c8d90bb-507f-508d-ac96-c4db89da0f4c">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>5c8d90bb-507f-508d-ac96-c4db89da0f4c</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_5c8d90bb-507f-508d-ac96-c4db89da0f4c-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>584392.747 6630432.358 583991.32 6630904.044 583962.36 6630291.545 584075.729 6629697.539 584211.986 6629562.179 584392.747 6630432.358</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>6700</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>VFR2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_480d56bb-fbe7-5577-bdcb-618d3e68ea4f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>480d56bb-fbe7-5577-bdcb-618d3e68ea4f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_480d56bb-fbe7-5577-bdcb-618d3e68ea4f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581553.096 6629924.473 581584.989 6630163.665 581438.964 6630646.153 581092.26 6630709.877 580795.164 6630398.405 580866.133 6630234.867 581141.235 6629959.765 581322.243 6629892.725 581553.096 6629924.473</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5220</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSF2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_39322150-d76c-587a-b9d3-0acb1d7e382f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>39322150-d76c-587a-b9d3-0acb1d7e382f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_39322150-d76c-587a-b9d3-0acb1d7e382f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583962.36 6630291.545 583529.471 6630590.089 583332.486 6630370.328 583535.936 6629964.128 584075.729 6629697.539 583962.36 6630291.545</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN13</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_5104e09f-2ce5-5716-836c-14b1ce1d4e03">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>5104e09f-2ce5-5716-836c-14b1ce1d4e03</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_5104e09f-2ce5-5716-836c-14b1ce1d4e03-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>579661.733 6630017.283 579311.077 6630704.611 578883.896 6630392.078 578806.814 6630162.26 579618.364 6629671.713 579661.733 6630017.283</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR32</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e1f1dd49-965f-5393-a93a-0232cb247db3">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e1f1dd49-965f-5393-a93a-0232cb247db3</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e1f1dd49-965f-5393-a93a-0232cb247db3-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578806.814 6630162.26 578883.896 6630392.078 578283.805 6630842.146 578250.182 6630838.573 577434.864 6630024.393 577476.597 6629174.429 578806.814 6630162.26</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN11</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_774ee139-0a85-5f00-b6fa-7f9ce49a0877">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>774ee139-0a85-5f00-b6fa-7f9ce49a0877</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_774ee139-0a85-5f00-b6fa-7f9ce49a0877-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583535.936 6629964.128 583332.486 6630370.328 583078.431 6630463.468 582924.301 6629874.472 583263.035 6629871.601 583535.936 6629964.128</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1130</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>S4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_bc889728-08da-59a7-918f-4c30923c577d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>bc889728-08da-59a7-918f-4c30923c577d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_bc889728-08da-59a7-918f-4c30923c577d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582459.791 6629758.586 582552.221 6630687.745 582540.14 6630700.639 582432.019 6630705.943 581584.989 6630163.665 581553.096 6629924.473 582036.242 6629433.092 582459.791 6629758.586</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR33</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_fd2c152f-4148-5a48-906f-c197dd575377">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>fd2c152f-4148-5a48-906f-c197dd575377</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_fd2c152f-4148-5a48-906f-c197dd575377-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581141.235 6629959.765 580866.133 6630234.867 580503.496 6629977.807 580467.229 6629749.763 581141.235 6629959.765</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5200</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LS6</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_a233bf48-a909-589d-8a4d-773a8a760672">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>a233bf48-a909-589d-8a4d-773a8a760672</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_a233bf48-a909-589d-8a4d-773a8a760672-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583172.955 6629562.269 583263.035 6629871.601 582924.301 6629874.472 582611.948 6629750.241 582888.346 6629534.332 583172.955 6629562.269</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN14</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_c4eb6d0e-21a4-58cb-8e2d-4efaf670af42">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>c4eb6d0e-21a4-58cb-8e2d-4efaf670af42</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_c4eb6d0e-21a4-58cb-8e2d-4efaf670af42-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580716.486 6629426.397 581086.957 6629594.894 581322.243 6629892.725 581141.235 6629959.765 580467.229 6629749.763 580320.412 6629560.322 580281.902 6629494.965 580373.965 6629421.583 580716.486 6629426.397</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1120</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BFR4</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_45e62419-23da-5f7a-9b14-580ba04a3495">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>45e62419-23da-5f7a-9b14-580ba04a3495</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_45e62419-23da-5f7a-9b14-580ba04a3495-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582031.618 6629292.452 582036.242 6629433.092 581553.096 6629924.473 581322.243 6629892.725 581086.957 6629594.894 581111.868 6629207.215 581705.689 6629152.568 582031.618 6629292.452</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1150</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BF2</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_2b57a5f7-e499-541f-9ae5-419c6cfac74b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2b57a5f7-e499-541f-9ae5-419c6cfac74b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2b57a5f7-e499-541f-9ae5-419c6cfac74b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582907.751 6629502.419 583483.256 6629093.996 583172.955 6629562.269 582888.346 6629534.332 582611.948 6629750.241 582459.791 6629758.586 582036.242 6629433.092 582031.618 6629292.452 582275.77 6628796.587 582389.245 6628659.457 582984.464 6628365.674 582907.751 6629502.419</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB14</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_01f5d759-07b5-512b-b69f-ae74ee9b2913">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>01f5d759-07b5-512b-b69f-ae74ee9b2913</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_01f5d759-07b5-512b-b69f-ae74ee9b2913-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580955.824 6628956.566 581033.212 6629151.648 580716.486 6629426.397 580373.965 6629421.583 580596.839 6628892.258 580757.198 6628888.957 580955.824 6628956.566</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3040</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GF5</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_e861a04b-d37c-56aa-a730-2e8e2e067428">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e861a04b-d37c-56aa-a730-2e8e2e067428</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e861a04b-d37c-56aa-a730-2e8e2e067428-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581705.689 6629152.568 581111.868 6629207.215 581086.957 6629594.894 580716.486 6629426.397 581033.212 6629151.648 580955.824 6628956.566 581267.706 6628765.076 581705.689 6629152.568</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B51</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_85bc3855-4f31-56f2-b59a-e2fea934934b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>85bc3855-4f31-56f2-b59a-e2fea934934b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_85bc3855-4f31-56f2-b59a-e2fea934934b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>583114.293 6628326.295 583265.533 6628400.029 583265.314 6628400.478 583624.861 6628575.766 583625.08 6628575.317 583867.696 6628693.599 584050.021 6628782.487 584211.986 6629562.179 584075.729 6629697.539 583535.936 6629964.128 583263.035 6629871.601 583172.955 6629562.269 583483.256 6629093.996 582907.751 6629502.419 582984.464 6628365.674 583078.421 6628308.807 583114.293 6628326.295</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B52</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_5228f9ec-beb2-5b6c-83d9-0ac833b72dfc">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>5228f9ec-beb2-5b6c-83d9-0ac833b72dfc</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_5228f9ec-beb2-5b6c-83d9-0ac833b72dfc-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>578458.535 6628543.957 579548.224 6629314.905 579657.23 6629468.044 579618.364 6629671.713 578806.814 6630162.26 577476.597 6629174.429 577434.864 6630024.393 578250.182 6630838.573 578283.805 6630842.146 578855.606 6631173.29 578730.096 6631708.701 578259.359 6631853.543 578234.454 6631930.342 577670.957 6632384.005 577232.835 6632565.74 577083.123 6632693.034 576099.707 6632816.158 575851.023 6632737.921 575984.242 6631497.264 576103.967 6630382.276 575349.357 6629234.351 575392.031 6629192.924 575871.855 6628727.128 576326.986 6628687.459 577374.789 6628596.132 578370.395 6628509.355 578458.535 6628543.957</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR34</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_356a6524-bf6e-5be5-92ab-88813313fd1d">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>356a6524-bf6e-5be5-92ab-88813313fd1d</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_356a6524-bf6e-5be5-92ab-88813313fd1d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582275.77 6628796.587 582031.618 6629292.452 581705.689 6629152.568 581267.706 6628765.076 581255.284 6628614.885 581503.768 6628459.583 582275.77 6628796.587</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN15</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_07002567-13b8-5ae4-a68d-47c1d9a13707">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>07002567-13b8-5ae4-a68d-47c1d9a13707</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_07002567-13b8-5ae4-a68d-47c1d9a13707-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581255.284 6628614.885 581267.706 6628765.076 580955.824 6628956.566 580757.198 6628888.957 581053.136 6628423.527 581255.284 6628614.885</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP11</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_971052cd-2e0e-585b-8830-206442aa1d4f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>971052cd-2e0e-585b-8830-206442aa1d4f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_971052cd-2e0e-585b-8830-206442aa1d4f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580445.667 6628518.446 580517.594 6628747.824 579822.244 6628996.163 580132.259 6628486.328 580445.667 6628518.446</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR35</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_3cd890a0-7d27-5215-9dc3-a0824555c220">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>3cd890a0-7d27-5215-9dc3-a0824555c220</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_3cd890a0-7d27-5215-9dc3-a0824555c220-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580228.287 6627634.761 580472.474 6628480.027 580445.667 6628518.446 580132.259 6628486.328 579822.244 6628996.163 580517.594 6628747.824 580596.839 6628892.258 580373.965 6629421.583 580281.902 6629494.965 579657.23 6629468.044 579548.224 6629314.905 578458.535 6628543.957 579891.891 6628236.809 580180.937 6627604.375 580228.287 6627634.761</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B53</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_02c8410c-1d00-5f0b-9f0e-68b780bb681e">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>02c8410c-1d00-5f0b-9f0e-68b780bb681e</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_02c8410c-1d00-5f0b-9f0e-68b780bb681e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581053.136 6628423.527 580757.198 6628888.957 580596.839 6628892.258 580517.594 6628747.824 580445.667 6628518.446 580472.474 6628480.027 580936.806 6628182.354 581053.136 6628423.527</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B54</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_03b50414-bce8-508a-ac8b-f7ce9008013b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>03b50414-bce8-508a-ac8b-f7ce9008013b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_03b50414-bce8-508a-ac8b-f7ce9008013b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582389.245 6628659.457 582275.77 6628796.587 581503.768 6628459.583 581494.745 6628183.987 581736.486 6627932.487 582389.245 6628659.457</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>BOP12</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_2c53d3e3-2ff4-593c-84fc-da64e302fed7">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2c53d3e3-2ff4-593c-84fc-da64e302fed7</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2c53d3e3-2ff4-593c-84fc-da64e302fed7-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581793.491 6627682.37 581818.846 6627694.731 582088.506 6627826.197 582390.588 6627973.47 582401.38 6627978.732 582431.633 6627993.481 582692.682 6628120.749 582710.688 6628129.527 582746.614 6628147.042 582874.561 6628209.42 582931.093 6628236.981 582984.351 6628262.945 583078.421 6628308.807 582984.464 6628365.674 582389.245 6628659.457 581736.486 6627932.487 581736.12 6627929.749 581758.846 6627665.48 581793.491 6627682.37</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>3020</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>GN12</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_25372b9d-82bb-5e4d-b1bc-d411bb0b239b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>25372b9d-82bb-5e4d-b1bc-d411bb0b239b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_25372b9d-82bb-5e4d-b1bc-d411bb0b239b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580180.937 6627604.375 579891.891 6628236.809 578458.535 6628543.957 578370.395 6628509.355 578657.516 6628484.33 578802.428 6628408.2 579396.872 6628095.908 579662.453 6627956.385 580111.094 6627720.691 580082.663 6627442.965 580082.237 6627438.801 580078.316 6627400.498 580180.937 6627604.375</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>2</app:arealbruksstatus>
			<app:områdenavn>B55</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_bfc040ef-c43b-5b1f-9113-5ccb5f030f58">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>bfc040ef-c43b-5b1f-9113-5ccb5f030f58</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_bfc040ef-c43b-5b1f-9113-5ccb5f030f58-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580743.535 6627803.066 580913.309 6627983.572 580936.818 6628182.312 581494.745 6628183.987 581503.768 6628459.583 581255.284 6628614.885 581053.136 6628423.527 580936.806 6628182.354 580472.474 6628480.027 580228.287 6627634.761 580743.535 6627803.066</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B56</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_2d85be6a-7e8a-5378-94cd-9dc994680346">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2d85be6a-7e8a-5378-94cd-9dc994680346</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2d85be6a-7e8a-5378-94cd-9dc994680346-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581736.12 6627929.749 581736.486 6627932.487 581494.745 6628183.987 580936.818 6628182.312 580913.309 6627983.572 581006.169 6627925.671 581736.12 6627929.749</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1160</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BOP13</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_34bdd143-4b36-58cc-9963-1bf6b4704d8f">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>34bdd143-4b36-58cc-9963-1bf6b4704d8f</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_34bdd143-4b36-58cc-9963-1bf6b4704d8f-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581504.34 6627541.401 581758.846 6627665.48 581736.12 6627929.749 581006.169 6627925.671 581405.92 6627493.419 581504.34 6627541.401</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1300</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>BN16</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_635f6dd2-538c-5918-a651-4db23baa39b4">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>635f6dd2-538c-5918-a651-4db23baa39b4</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_635f6dd2-538c-5918-a651-4db23baa39b4-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581405.92 6627493.419 581006.169 6627925.671 580913.309 6627983.572 580743.535 6627803.066 580898.566 6627515.026 581243.658 6627414.312 581405.92 6627493.419</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>1110</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>B57</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_f9c33734-aeff-5c05-8982-800f28e294cb">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>f9c33734-aeff-5c05-8982-800f28e294cb</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_f9c33734-aeff-5c05-8982-800f28e294cb-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581083.424 6627336.194 581243.658 6627414.312 580898.566 6627515.026 580832.261 6627213.745 581083.424 6627336.194</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5100</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LNFR36</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpArealformålOmråde gml:id="_93d6de94-e0b9-56a4-a459-a22f24df58d9">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>93d6de94-e0b9-56a4-a459-a22f24df58d9</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_93d6de94-e0b9-56a4-a459-a22f24df58d9-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580231.901 6626921.054 580333.196 6626970.438 580832.261 6627213.745 580898.566 6627515.026 580743.535 6627803.066 580228.287 6627634.761 580180.937 6627604.375 580078.316 6627400.498 580082.237 6627438.801 580082.663 6627442.965 580070.725 6627444.187 580035.082 6627096.007 580047.02 6627094.785 580018.589 6626817.059 580231.901 6626921.054</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:arealformål>5210</app:arealformål>
			<app:arealbruksstatus>1</app:arealbruksstatus>
			<app:områdenavn>LSB15</app:områdenavn>
		</app:KpArealformålOmråde>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpAngittHensynSone gml:id="_1e1ce674-b4cf-5994-9793-0c70f95cbc90">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>1e1ce674-b4cf-5994-9793-0c70f95cbc90</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_1e1ce674-b4cf-5994-9793-0c70f95cbc90-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581109.013 6627041.501 581213.232 6627098.396 581299.953 6627167.104 581370.985 6627246.183 581396.567 6627335.093 581371.99 6627415.305 581343.351 6627493.265 581295.673 6627574.059 581192.815 6627617.412 581064.749 6627608.593 580942.69 6627579.179 580827.1 6627532.56 580737.203 6627457.859 580672.68 6627372.316 580647.117 6627281.075 580682.233 6627201.938 580729.108 6627134.979 580791.487 6627076.583 580882.387 6627040.853 580989.879 6627021.823 581109.013 6627041.501</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:angittHensyn>530</app:angittHensyn>
			<app:hensynSonenavn>H530_1</app:hensynSonenavn>
			<app:beskrivelse>Hensyn friluftsliv, turområde på begge sider av kommunegrensen</app:beskrivelse>
		</app:KpAngittHensynSone>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpFareSone gml:id="_4d800d11-eaf8-586c-b0c7-e1fa59dd1a58">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>4d800d11-eaf8-586c-b0c7-e1fa59dd1a58</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_4d800d11-eaf8-586c-b0c7-e1fa59dd1a58-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>582173.016 6629792.799 582240.801 6629828.129 582292.46 6629871.934 582318.586 6629926.273 582325.066 6629986.571 582294.349 6630049.043 582228.977 6630102.239 582156.251 6630154.593 582057.698 6630180.838 581960.986 6630175.569 581864.898 6630173.598 581777.431 6630149.477 581740.868 6630092.536 581737.776 6630032.024 581741.755 6629974.759 581764.698 6629915.972 581821.487 6629863.317 581900.284 6629824.456 581987.077 6629792.967 582083.846 6629777.431 582173.016 6629792.799</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:fare>310</app:fare>
			<app:hensynSonenavn>H310_1</app:hensynSonenavn>
			<app:beskrivelse>Ras- og skredfare i bratt terreng</app:beskrivelse>
		</app:KpFareSone>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpFareSone gml:id="_2ed30ef5-3c15-5e09-97a6-87ee23208925">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>2ed30ef5-3c15-5e09-97a6-87ee23208925</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_2ed30ef5-3c15-5e09-97a6-87ee23208925-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581226.668 6632547.683 581174.443 6632607.761 581026.173 6632685.172 580859.623 6632761.351 580674.853 6632842.52 580430.141 6632929.493 580171.096 6632988.858 579948.835 6633027.205 579719.279 6633066.382 579566.49 6633067.868 579554.787 6633022.294 579607.99 6632962.166 579677.183 6632897.473 579830.149 6632814.008 580083.524 6632724.282 580351.05 6632650.884 580604.371 6632584.772 580836.659 6632539.765 580988.799 6632533.965 581127.152 6632532.079 581226.668 6632547.683</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:fare>320</app:fare>
			<app:hensynSonenavn>H320_1</app:hensynSonenavn>
			<app:beskrivelse>Flomfare langs elv</app:beskrivelse>
		</app:KpFareSone>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpFareSone gml:id="_ff36d4d6-2b81-58e0-806c-001157f9eae7">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>ff36d4d6-2b81-58e0-806c-001157f9eae7</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_ff36d4d6-2b81-58e0-806c-001157f9eae7-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>581616.672 6635702.814 581689.391 6635768.705 581762.318 6635834.618 581853.288 6635942.636 581944.892 6636085.749 582026.965 6636226.303 582093.067 6636358.807 582116.765 6636447.917 582115.753 6636500.844 582103.573 6636535.4 582080.144 6636555.433 582029.488 6636533.355 581945.323 6636438.664 581857.449 6636319.783 581771.5 6636195.134 581688.334 6636060.115 581609.009 6635917.373 581557.121 6635792.974 581548.394 6635718.911 581564.47 6635680.839 581616.672 6635702.814</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:fare>320</app:fare>
			<app:hensynSonenavn>H320_2</app:hensynSonenavn>
			<app:beskrivelse>Flomfare langs bekk</app:beskrivelse>
		</app:KpFareSone>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpAngittHensynSone gml:id="_d9ad78ce-0779-558d-a0c7-5206f9c343ae">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>d9ad78ce-0779-558d-a0c7-5206f9c343ae</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_d9ad78ce-0779-558d-a0c7-5206f9c343ae-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580758.661 6637315.888 581052.436 6637507.44 581261.089 6637746.257 581392.095 6638018.936 581433.857 6638323.156 581358.694 6638645.837 581141.082 6638948.125 580762.212 6639125.35 580372.555 6639225.973 579976.265 6639288.428 579900.324 6639268.111 579888.977 6638696.62 579882.45 6638367.909 579575.806 6638289.881 579386.683 6638241.758 579200.971 6638194.502 578863.725 6638594.87 578847.694 6638558.011 578872.547 6638230.547 579029.994 6637923.305 579247.507 6637638.293 579561.183 6637401.227 579959.811 6637277.844 580373.944 6637230.428 580758.661 6637315.888</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:angittHensyn>530</app:angittHensyn>
			<app:hensynSonenavn>H530_2</app:hensynSonenavn>
			<app:beskrivelse>Hensyn friluftsliv, marka</app:beskrivelse>
		</app:KpAngittHensynSone>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpAngittHensynSone gml:id="_e689c1bb-a698-55be-9c53-cf79039b39e7">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>e689c1bb-a698-55be-9c53-cf79039b39e7</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_e689c1bb-a698-55be-9c53-cf79039b39e7-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>580930.34 6633448.114 580991.142 6633522.587 581036.036 6633613.857 581043.311 6633723.533 581016.919 6633832.875 580966.486 6633931.906 580893.126 6634009.93 580800.787 6634038.033 580715.063 6634040.662 580630.144 6634042.386 580549.43 6634010.666 580497.701 6633934.514 580463.572 6633846.68 580434.224 6633748.52 580443.581 6633635.998 580497.691 6633535.002 580580.988 6633468.519 580668.677 6633429.112 580758.435 6633387.898 580855.331 6633386.606 580930.34 6633448.114</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:angittHensyn>570</app:angittHensyn>
			<app:hensynSonenavn>H570_1</app:hensynSonenavn>
			<app:beskrivelse>Bevaring kulturmiljø, kirkested og gårdstun</app:beskrivelse>
		</app:KpAngittHensynSone>
	</gml:featureMember>
	<gml:featureMember>
		<app:KpSikringSone gml:id="_b543b20e-9295-58a4-b264-c19f75bf602b">
			<app:identifikasjon>
				<app:Identifikasjon>
					<app:lokalId>b543b20e-9295-58a4-b264-c19f75bf602b</app:lokalId>
					<app:navnerom>urn:planbord:eksempeldata:kommuneplan:0220</app:navnerom>
				</app:Identifikasjon>
			</app:identifikasjon>
			<app:førsteDigitaliseringsdato>2017-11-15T00:00:00</app:førsteDigitaliseringsdato>
			<app:oppdateringsdato>2017-11-15T00:00:00</app:oppdateringsdato>
			<app:arealplanId>
				<app:NasjonalArealplanId>
					<app:kommunenummer>0220</app:kommunenummer>
					<app:planidentifikasjon>2018001</app:planidentifikasjon>
				</app:NasjonalArealplanId>
			</app:arealplanId>
			<app:område>
				<gml:Polygon gml:id="_b543b20e-9295-58a4-b264-c19f75bf602b-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25832">
					<gml:exterior>
						<gml:LinearRing>
							<gml:posList>576584.54 6637020.542 576668.732 6637220.267 576723.512 6637424.534 576789.582 6637641.537 576740.671 6637895.425 576593.21 6638093.665 576456.259 6638270.064 576299.618 6638432.386 576111.382 6638531.399 575915.112 6638540.149 575755.403 6638427.036 575648.811 6638244.438 575597.593 6638024.051 575602.235 6637787.467 575620.05 6637543.096 575708.266 6637299.27 575881.781 6637145.459 576058.642 6637062.108 576230.01 6636985.192 576417.854 6636941.125 576584.54 6637020.542</gml:posList>
						</gml:LinearRing>
					</gml:exterior>
				</gml:Polygon>
			</app:område>
			<app:sikring>110</app:sikring>
			<app:hensynSonenavn>H110_1</app:hensynSonenavn>
			<app:beskrivelse>Nedslagsfelt for drikkevannskilde</app:beskrivelse>
		</app:KpSikringSone>
	</gml:featureMember>
</gml:FeatureCollection>
