/**
 * The skill–occupation graph's data model. Nodes are occupations and skills; edges are typed.
 * Every node and edge records the source it came from ("esco", "onet", "crosswalk", "induced:…").
 */

export type SkillType = "skill" | "knowledge" | "technology" | "unknown";

export interface Occupation {
  /** Stable id: the ESCO concept URI, `onet:<SOC code>` for O*NET, `induced:<slug>` for induced. */
  id: string;
  source: string;
  preferredLabel: string;
  altLabels: string[];
  hiddenLabels: string[];
  description: string;
  /** ISCO-08 unit group (ESCO). */
  iscoGroup?: string;
  /** ESCO occupation code, e.g. "2512.4". */
  escoCode?: string;
  /** O*NET-SOC code, e.g. "15-1252.00". */
  onetCode?: string;
  /** O*NET task statements, used as occupation text. */
  tasks?: string[];
}

export interface Skill {
  /** Stable id: the ESCO concept URI, `onet:element:<id>` / `onet:tech:<slug>` for O*NET. */
  id: string;
  source: string;
  preferredLabel: string;
  altLabels: string[];
  hiddenLabels: string[];
  type: SkillType;
  /** ESCO reuse level: transversal, cross-sector, sector-specific, occupation-specific. */
  reuseLevel?: string;
  description: string;
  /** O*NET "Hot Technology" flag for technology skills. */
  hotTechnology?: boolean;
  /**
   * Groupings that are not nodes of the graph: ESCO skill-group URIs (skills hierarchy, ISCED-F
   * fields) a skill sits under. Used by similarity as a shared-broader signal.
   */
  groups?: string[];
}

export type EdgeKind =
  /** occupation → skill; relation essential/optional; weight e.g. O*NET importance (ESCO: 1). */
  | "occupation-skill"
  /** skill → broader skill */
  | "skill-broader"
  /** skill → related skill (ESCO skillSkillRelations, co-occurrence) */
  | "skill-related"
  /** occupation → broader occupation */
  | "occupation-broader"
  /** occupation → related occupation (O*NET Related Occupations, co-occurrence) */
  | "occupation-related"
  /** ESCO occupation → O*NET occupation (Nesta crosswalk); weight = confidence */
  | "crosswalk";

export type Relation = "essential" | "optional";

export interface Edge {
  kind: EdgeKind;
  from: string;
  to: string;
  relation?: Relation;
  weight: number;
  source: string;
}

export type NodeKind = "occupation" | "skill";

export const ESCO_ATTRIBUTION = "This service uses the ESCO classification of the European Commission.";
export const ONET_ATTRIBUTION =
  "This product includes information from O*NET OnLine by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.";
