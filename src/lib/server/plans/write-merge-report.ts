import { formatCount } from '$lib/i18n/format';
import { issueTypeText, mergeRuleText } from '$lib/i18n/plans';
import type { PlanDetails } from './read-plans';

const m2 = (value: number) => `${formatCount(Math.round(value))} m²`;

/**
 * The merge report as JSON: the plan, its sources and options, the area account and every
 * conflict. This is the machine-readable record a GIS team archives with the plan.
 */
export function mergeReportJson(plan: PlanDetails): string {
	const { issues, ...rest } = plan;
	return `${JSON.stringify({ plan: rest, conflicts: issues }, null, 2)}\n`;
}

/**
 * The merge report in bokmål Markdown: what was merged, under which rules, the area
 * account whose totals prove that no area was lost, and every conflict with its rule.
 * @example writeFileSync('report.md', mergeReportMarkdown(await getPlan(db, id)))
 */
export function mergeReportMarkdown(plan: PlanDetails): string {
	const report = plan.report;
	const lines = [
		`# ${plan.name}`,
		'',
		`Plan-ID ${plan.planId}, kommune ${plan.municipality}, status ${plan.status}, laget ${plan.createdAt}.`,
		''
	];
	if (!report) return [...lines, 'Planen er ikke en sammenslåing.', ''].join('\n');
	lines.push('## Kilder', '');
	for (const s of report.sources) {
		lines.push(
			`- ${s.municipality} ${s.name} (plan-ID ${s.planId}${s.fileName ? `, fil ${s.fileName}` : ''})`
		);
	}
	const { totals } = report.account;
	lines.push(
		'',
		'## Regler',
		'',
		`- Hver plan klippes til sin gamle kommune; deler utenfor rapporteres.`,
		`- Overlapp gis til formålet med lengst felles grense mot overlappet.`,
		`- Gliper smalere enn ${report.options.sliverWidth} m (eller under ${report.options.minArea} m²) gis til naboen med lengst felles grense; større gliper blir «uavklart».`,
		'',
		'## Arealregnskap',
		'',
		'| | m² |',
		'|---|---:|',
		`| Areal i planene innenfor ny kommunegrense | ${m2(totals.before)} |`,
		`| − klippet utenfor egen kommune | ${m2(totals.clipped)} |`,
		`| − fjernet i overlapp | ${m2(totals.overlapRemoved)} |`,
		`| + smale gliper gitt til nabo | ${m2(totals.slivered)} |`,
		`| + uavklarte områder | ${m2(totals.unresolved)} |`,
		`| = areal i sammenslått plan | ${m2(totals.after)} |`,
		`| Avvik (skal være under 1 m² per km²) | ${report.account.imbalance.toFixed(3)} m² (${report.account.imbalancePerKm2.toFixed(4)} m²/km²) |`,
		'',
		'| Kommune | Formål | Før | Etter |',
		'|---|---|---:|---:|'
	);
	for (const row of report.account.rows) {
		lines.push(`| ${row.municipality} | ${row.mainKey} | ${m2(row.before)} | ${m2(row.after)} |`);
	}
	lines.push(
		'',
		`## Konflikter (${plan.issues.length})`,
		'',
		'| Nr | Type | Kommuner | Areal | Regel | Gitt til |',
		'|---|---|---|---:|---|---|'
	);
	for (const issue of plan.issues) {
		lines.push(
			`| ${issue.key} | ${issueTypeText(issue.type)} | ${issue.municipalities.join(', ')} | ${m2(issue.area)} | ${mergeRuleText(issue.rule)} | ${issue.resolvedInto ?? '–'} |`
		);
	}
	return `${lines.join('\n')}\n`;
}
