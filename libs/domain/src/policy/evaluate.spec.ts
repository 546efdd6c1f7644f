import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { QuickScanAnswersError, visibleQuestions } from './answers';
import { fillQuickScan } from './fill';
import { evaluateQuickScan } from './evaluate';
import type { AnswerValue, OutcomeValues, Policy, QuickScanAnswers } from './types';
import { validatePolicy } from './validate';

function loadPolicy(file: string): Policy {
  const result = validatePolicy(parse(fs.readFileSync(path.resolve(__dirname, '../../../../policy', file), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.policy;
}

const policy = loadPolicy('waardenpoort-policy.v1.yaml');

/** The case as a case owner fills it in: what it mentions, neutral answers for the rest (only shown questions). */
function answer(given: Record<string, AnswerValue>): Record<string, AnswerValue> {
  return fillQuickScan(policy, given);
}

interface Case {
  name: string;
  given: Record<string, AnswerValue>;
  outcome: OutcomeValues;
  reasons: string[];
}

const PD = { 'personal-data': true } as const;

// The expectations were worked out by hand from the rules in the policy file, case by case.
const CASES: Case[] = [
  {
    name: 'fixed camera surveillance of the city centre nightlife area',
    given: {
      ...PD,
      'data-subjects': 40_000,
      'public-space-sensors': true,
      cameras: 'fixed',
      'camera-observes-people': true,
      'systematic-monitoring': true,
      'publicly-accessible-area': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: true,
    },
    reasons: [
      'dpia-large-scale-public-monitoring',
      'dpia-ap-camera-surveillance',
      'dpia-edpb-two-or-more-criteria',
      'commission-public-space-sensors',
      'council-high-risk',
      'council-commission-reflection',
      'sensor-register-entry',
    ],
  },
  {
    name: 'wifi/bluetooth tracking of passers-by to measure visitor flows in the city centre',
    given: {
      ...PD,
      'data-subjects': 60_000,
      'data-categories': ['location'],
      'processing-purposes': ['behaviour-influencing'],
      'public-space-sensors': true,
      'systematic-monitoring': true,
      'publicly-accessible-area': true,
      'connected-devices': true,
      'political-sensitivity': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: true,
    },
    reasons: [
      'dpia-large-scale-public-monitoring',
      'dpia-ap-location-data',
      'dpia-ap-internet-of-things',
      'dpia-ap-behaviour',
      'dpia-edpb-two-or-more-criteria',
      'commission-political-sensitivity',
      'commission-public-space-sensors',
      'council-high-risk',
      'council-commission-reflection',
      'council-political-sensitivity',
      'sensor-register-entry',
    ],
  },
  {
    name: "income app that links residents' income data to show which schemes they are entitled to",
    given: {
      ...PD,
      'data-subjects': 4_000,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      'data-reuse': ['combines-sources'],
      'algorithm-type': 'rule-based',
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-financial-situation',
      'dpia-edpb-two-or-more-criteria',
      'algorithm-register-publication',
      'commission-data-reuse',
      'commission-vulnerable-groups',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'drone inspections of roofs (asbestos, solar potential), people not targeted',
    given: {
      ...PD,
      'data-subjects': 3_000,
      'public-space-sensors': true,
      cameras: 'mobile',
      'camera-observes-people': false,
      'new-technology': true,
    },
    outcome: {
      dpia: 'recommended',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'medium',
      algorithmRegister: 'none',
      sensorRegister: true,
    },
    reasons: [
      'dpia-edpb-one-criterion',
      'commission-new-technology',
      'commission-public-space-sensors',
      'council-commission-reflection',
      'sensor-register-entry',
    ],
  },
  {
    name: 'reusing smart waste-container data to predict and nudge households that do not separate waste',
    given: {
      ...PD,
      'data-subjects': 70_000,
      'processing-purposes': ['behaviour-influencing'],
      profiling: true,
      'data-reuse': ['new-purpose'],
      'connected-devices': true,
      'algorithm-type': 'ai',
      'algorithm-effect': ['categorises-people'],
      'algorithm-weight': 'substantial',
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'minimal',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'B',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-internet-of-things',
      'dpia-ap-profiling',
      'dpia-ap-behaviour',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-data-reuse',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'generative-AI chatbot answering residents on the website, conversations logged',
    given: {
      ...PD,
      'data-subjects': 20_000,
      'algorithm-type': 'ai',
      'ai-transparency': ['interacts-with-people'],
      'new-technology': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'limited',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: [
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-transparency-interaction',
      'algorithm-register-publication',
      'commission-new-technology',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'parking sensors that count occupied bays, no personal data',
    given: { 'public-space-sensors': true },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'optional',
      riskLevel: 'low',
      algorithmRegister: 'none',
      sensorRegister: true,
    },
    reasons: ['sensor-register-entry'],
  },
  {
    name: 'anonymous FAQ chatbot that stores nothing',
    given: { 'algorithm-type': 'ai', 'ai-transparency': ['interacts-with-people'] },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'limited',
      commission: 'optional',
      council: 'optional',
      riskLevel: 'medium',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: ['ai-act-applies', 'ai-transparency-interaction', 'algorithm-register-publication'],
  },
  {
    name: "social scoring: a 'reliability score' deciding residents' access to municipal services",
    given: {
      ...PD,
      'data-subjects': 100_000,
      'data-categories': ['financial'],
      'processing-purposes': ['fraud-prevention'],
      profiling: true,
      'data-reuse': ['combines-sources'],
      'blocks-access': true,
      'algorithm-type': 'ai',
      'algorithm-effect': ['legal-effect', 'categorises-people'],
      'algorithm-weight': 'decisive',
      'ai-prohibited-practices': ['social-scoring'],
      'ai-high-risk-areas': ['essential-services'],
      'political-sensitivity': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'prohibited',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: false,
    },
    reasons: [
      'dpia-evaluation-with-legal-effect',
      'dpia-ap-fraud-prevention',
      'dpia-ap-financial-situation',
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-high-risk-essential-services',
      'fria-high-risk-ai',
      'ai-prohibited-social-scoring',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-political-sensitivity',
      'commission-data-reuse',
      'commission-high-risk-ai',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
      'council-political-sensitivity',
    ],
  },
  {
    name: "emotion recognition of contact-centre employees' voices",
    given: {
      ...PD,
      'data-subjects': 120,
      'data-categories': ['communication'],
      'processing-purposes': ['employee-monitoring'],
      profiling: true,
      'systematic-monitoring': true,
      'publicly-accessible-area': false,
      'algorithm-type': 'ai',
      'algorithm-effect': ['categorises-people'],
      'algorithm-weight': 'substantial',
      'ai-prohibited-practices': ['emotion-recognition-work-education'],
      'ai-high-risk-areas': ['employment'],
      'ai-transparency': ['emotion-or-biometric-categorisation'],
      'new-technology': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'prohibited',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-employee-monitoring',
      'dpia-ap-communication-data',
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-transparency-emotion-biometric',
      'ai-high-risk-employment',
      'fria-high-risk-ai',
      'ai-prohibited-emotion-recognition',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-new-technology',
      'commission-high-risk-ai',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'fraud risk scoring of social-assistance recipients',
    given: {
      ...PD,
      'data-subjects': 9_000,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      'processing-purposes': ['fraud-prevention'],
      profiling: true,
      'data-reuse': ['combines-sources'],
      'blocks-access': true,
      'algorithm-type': 'ai',
      'algorithm-effect': ['categorises-people'],
      'algorithm-weight': 'substantial',
      'ai-high-risk-areas': ['essential-services'],
      'political-sensitivity': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'high-risk',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-fraud-prevention',
      'dpia-ap-financial-situation',
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-high-risk-essential-services',
      'fria-high-risk-ai',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-political-sensitivity',
      'commission-data-reuse',
      'commission-vulnerable-groups',
      'commission-high-risk-ai',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
      'council-political-sensitivity',
    ],
  },
  {
    name: 'AI screening of CVs for municipal vacancies',
    given: {
      ...PD,
      'data-subjects': 3_000,
      profiling: true,
      'algorithm-type': 'ai',
      'algorithm-effect': ['categorises-people'],
      'algorithm-weight': 'substantial',
      'ai-high-risk-areas': ['employment'],
      'new-technology': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'high-risk',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-high-risk-employment',
      'fria-high-risk-ai',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-new-technology',
      'commission-high-risk-ai',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'e-mail newsletter for 12,000 subscribers: one EDPB criterion (large scale)',
    given: { ...PD, 'data-subjects': 12_000 },
    outcome: {
      dpia: 'recommended',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'optional',
      riskLevel: 'medium',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: ['dpia-edpb-one-criterion'],
  },
  {
    name: 'youth sports pass for 6,000 children: two EDPB criteria (large scale, vulnerable)',
    given: { ...PD, 'data-subjects': 6_000, 'vulnerable-groups': true },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [
      'dpia-edpb-two-or-more-criteria',
      'commission-vulnerable-groups',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'appointment booking for 800 residents at the permits desk',
    given: { ...PD, 'data-subjects': 800 },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'optional',
      riskLevel: 'low',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [],
  },
  {
    name: 'open-data map of the municipal tree inventory',
    given: {},
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'optional',
      riskLevel: 'low',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [],
  },
  {
    name: 'Wmo care-needs registration shared within the neighbourhood team',
    given: {
      ...PD,
      'data-subjects': 1_500,
      'data-categories': ['health'],
      'vulnerable-groups': true,
      'processing-purposes': ['data-sharing-partnership'],
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-health-data',
      'dpia-ap-partnership',
      'dpia-edpb-two-or-more-criteria',
      'commission-vulnerable-groups',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'youth health survey of 20,000 pupils including sexual health (GDPR art. 35(3)(b))',
    given: {
      ...PD,
      'data-subjects': 20_000,
      'data-categories': ['health', 'sexual'],
      'vulnerable-groups': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [
      'dpia-large-scale-special-data',
      'dpia-ap-health-data',
      'dpia-edpb-two-or-more-criteria',
      'commission-vulnerable-groups',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'body cams for municipal enforcement officers',
    given: {
      ...PD,
      'data-subjects': 10_000,
      'public-space-sensors': true,
      cameras: 'mobile',
      'camera-observes-people': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: true,
    },
    reasons: [
      'dpia-ap-flexible-camera-surveillance',
      'dpia-edpb-two-or-more-criteria',
      'commission-public-space-sensors',
      'council-high-risk',
      'council-commission-reflection',
      'sensor-register-entry',
    ],
  },
  {
    name: 'licence-plate cameras enforcing the low-emission zone with automatic fines',
    given: {
      ...PD,
      'data-subjects': 80_000,
      'data-categories': ['location'],
      'public-space-sensors': true,
      cameras: 'fixed',
      'camera-observes-people': true,
      'systematic-monitoring': true,
      'publicly-accessible-area': true,
      'algorithm-type': 'rule-based',
      'algorithm-effect': ['legal-effect'],
      'algorithm-weight': 'decisive',
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'B',
      sensorRegister: true,
    },
    reasons: [
      'dpia-large-scale-public-monitoring',
      'dpia-ap-camera-surveillance',
      'dpia-ap-location-data',
      'dpia-edpb-two-or-more-criteria',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-public-space-sensors',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
      'sensor-register-entry',
    ],
  },
  {
    name: 'AI that only sorts incoming benefit applications by document type (art. 6(3) narrow task)',
    given: {
      ...PD,
      'data-subjects': 9_000,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      'algorithm-type': 'ai',
      'ai-high-risk-areas': ['essential-services'],
      'ai-narrow-task': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'minimal',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-financial-situation',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'algorithm-register-publication',
      'commission-vulnerable-groups',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: "'narrow task' AI that pre-sorts benefit applications by risk: profiling keeps it high-risk",
    given: {
      ...PD,
      'data-subjects': 9_000,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      profiling: true,
      'algorithm-type': 'ai',
      'algorithm-effect': ['categorises-people'],
      'algorithm-weight': 'supporting',
      'ai-high-risk-areas': ['essential-services'],
      'ai-narrow-task': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'high-risk',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-financial-situation',
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-high-risk-essential-services',
      'fria-high-risk-ai',
      'algorithm-register-publication',
      'commission-vulnerable-groups',
      'commission-high-risk-ai',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'AI control of traffic lights from road sensors, no personal data (critical infrastructure)',
    given: {
      'public-space-sensors': true,
      'algorithm-type': 'ai',
      'algorithm-weight': 'decisive',
      'ai-high-risk-areas': ['critical-infrastructure'],
      'new-technology': true,
    },
    outcome: {
      dpia: 'not-required',
      iama: 'recommended',
      aiActClass: 'high-risk',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: true,
    },
    reasons: [
      'ai-act-applies',
      'ai-high-risk-critical-infrastructure',
      'fria-high-risk-ai',
      'algorithm-register-publication',
      'commission-new-technology',
      'commission-high-risk-ai',
      'council-high-risk',
      'council-commission-reflection',
      'sensor-register-entry',
    ],
  },
  {
    name: 'generative AI making illustrations for a municipal campaign, no personal data',
    given: { 'algorithm-type': 'ai', 'ai-transparency': ['generates-content'], 'new-technology': true },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'limited',
      commission: 'required',
      council: 'required',
      riskLevel: 'medium',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: [
      'ai-act-applies',
      'ai-transparency-generated-content',
      'algorithm-register-publication',
      'commission-new-technology',
      'council-commission-reflection',
    ],
  },
  {
    name: 'pothole detection with cameras on refuse trucks, images reduced to road defects on the device',
    given: { 'public-space-sensors': true, cameras: 'mobile', 'algorithm-type': 'ai' },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'minimal',
      commission: 'required',
      council: 'required',
      riskLevel: 'medium',
      algorithmRegister: 'C',
      sensorRegister: true,
    },
    reasons: [
      'ai-act-applies',
      'algorithm-register-publication',
      'commission-public-space-sensors',
      'council-commission-reflection',
      'sensor-register-entry',
    ],
  },
  {
    name: 'automatic decisions on resident parking permits from population and vehicle registers',
    given: {
      ...PD,
      'data-subjects': 15_000,
      'data-reuse': ['combines-sources'],
      'blocks-access': true,
      'algorithm-type': 'rule-based',
      'algorithm-effect': ['legal-effect'],
      'algorithm-weight': 'decisive',
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'B',
      sensorRegister: false,
    },
    reasons: [
      'dpia-edpb-two-or-more-criteria',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-data-reuse',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'route optimisation for refuse collection, no personal data',
    given: { 'algorithm-type': 'rule-based', 'algorithm-weight': 'decisive' },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'optional',
      riskLevel: 'low',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: ['algorithm-register-publication'],
  },
  {
    name: 'small project the DPO asked the Ethics Commission to reflect on',
    given: { ...PD, 'data-subjects': 300, 'commission-requested': true },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'medium',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: ['commission-requested', 'council-commission-reflection'],
  },
  {
    name: 'anonymous online vote on the name of a new bridge, politically sensitive',
    given: { 'political-sensitivity': true },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'medium',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: ['commission-political-sensitivity', 'council-commission-reflection', 'council-political-sensitivity'],
  },
  {
    name: 'warning register of aggressive visitors at the service desk',
    given: { ...PD, 'data-subjects': 150, 'processing-purposes': ['blacklist'], 'blocks-access': true },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: ['dpia-ap-blacklist', 'dpia-edpb-one-criterion', 'council-high-risk'],
  },
  {
    name: 'covert observation by the social investigation team',
    given: {
      ...PD,
      'data-subjects': 60,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      'processing-purposes': ['covert-investigation', 'fraud-prevention'],
      'data-reuse': ['combines-sources'],
      'blocks-access': true,
      'systematic-monitoring': true,
      'publicly-accessible-area': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-covert-investigation',
      'dpia-ap-fraud-prevention',
      'dpia-ap-financial-situation',
      'dpia-edpb-two-or-more-criteria',
      'commission-data-reuse',
      'commission-vulnerable-groups',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'creditworthiness check in debt counselling, shared with the credit bank',
    given: {
      ...PD,
      'data-subjects': 1_200,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      'processing-purposes': ['credit-score', 'data-sharing-partnership'],
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-credit-score',
      'dpia-ap-financial-situation',
      'dpia-ap-partnership',
      'dpia-edpb-two-or-more-criteria',
      'commission-vulnerable-groups',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'neighbourhood health study with the university using saliva samples',
    given: {
      ...PD,
      'data-subjects': 400,
      'data-categories': ['genetic', 'health'],
      'processing-purposes': ['data-sharing-partnership'],
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'none',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-genetic-data',
      'dpia-ap-health-data',
      'dpia-ap-partnership',
      'dpia-edpb-one-criterion',
      'council-high-risk',
    ],
  },
  {
    name: 'face verification at the staff entrance of the city hall (1:1, not an Annex III use)',
    given: {
      ...PD,
      'data-subjects': 1_400,
      'data-categories': ['biometric'],
      'blocks-access': true,
      cameras: 'fixed',
      'camera-observes-people': true,
      'systematic-monitoring': true,
      'publicly-accessible-area': false,
      'algorithm-type': 'ai',
      'algorithm-weight': 'decisive',
      'new-technology': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'minimal',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-camera-surveillance',
      'dpia-ap-biometric-data',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'algorithm-register-publication',
      'commission-new-technology',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'predicting which young people will commit crimes from partner data (predictive policing)',
    given: {
      ...PD,
      'data-subjects': 2_000,
      'data-categories': ['criminal'],
      'vulnerable-groups': true,
      'processing-purposes': ['data-sharing-partnership'],
      profiling: true,
      'data-reuse': ['combines-sources'],
      'algorithm-type': 'ai',
      'algorithm-effect': ['categorises-people'],
      'algorithm-weight': 'substantial',
      'ai-prohibited-practices': ['predictive-policing'],
      'ai-high-risk-areas': ['law-enforcement'],
      'political-sensitivity': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'prohibited',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-partnership',
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-high-risk-law-enforcement',
      'fria-high-risk-ai',
      'ai-prohibited-predictive-policing',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-political-sensitivity',
      'commission-data-reuse',
      'commission-vulnerable-groups',
      'commission-high-risk-ai',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
      'council-political-sensitivity',
    ],
  },
  {
    name: 'real-time facial recognition on city-centre cameras for enforcement',
    given: {
      ...PD,
      'data-subjects': 50_000,
      'data-categories': ['biometric'],
      'public-space-sensors': true,
      cameras: 'fixed',
      'camera-observes-people': true,
      'systematic-monitoring': true,
      'publicly-accessible-area': true,
      'connected-devices': true,
      'algorithm-type': 'ai',
      'algorithm-weight': 'decisive',
      'ai-prohibited-practices': ['realtime-biometric-identification'],
      'ai-high-risk-areas': ['biometrics'],
      'new-technology': true,
      'political-sensitivity': true,
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'prohibited',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: true,
    },
    reasons: [
      'dpia-large-scale-special-data',
      'dpia-large-scale-public-monitoring',
      'dpia-ap-camera-surveillance',
      'dpia-ap-internet-of-things',
      'dpia-ap-biometric-data',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-high-risk-biometrics',
      'fria-high-risk-ai',
      'ai-prohibited-realtime-biometric-identification',
      'algorithm-register-publication',
      'commission-political-sensitivity',
      'commission-new-technology',
      'commission-public-space-sensors',
      'commission-high-risk-ai',
      'council-high-risk',
      'council-commission-reflection',
      'council-political-sensitivity',
      'sensor-register-entry',
    ],
  },
  {
    name: "data-leak prevention scanning employees' e-mail",
    given: {
      ...PD,
      'data-subjects': 2_500,
      'data-categories': ['communication'],
      'processing-purposes': ['employee-monitoring'],
      'systematic-monitoring': true,
      'publicly-accessible-area': false,
      'algorithm-type': 'rule-based',
    },
    outcome: {
      dpia: 'required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'C',
      sensorRegister: false,
    },
    reasons: [
      'dpia-ap-employee-monitoring',
      'dpia-ap-communication-data',
      'dpia-edpb-two-or-more-criteria',
      'algorithm-register-publication',
      'council-high-risk',
    ],
  },
  {
    name: 'automatic decisions on remission of municipal taxes from income data (GDPR art. 35(3)(a))',
    given: {
      ...PD,
      'data-subjects': 7_000,
      'data-categories': ['financial'],
      'vulnerable-groups': true,
      'processing-purposes': ['data-sharing-partnership'],
      profiling: true,
      'data-reuse': ['combines-sources'],
      'blocks-access': true,
      'algorithm-type': 'rule-based',
      'algorithm-effect': ['legal-effect'],
      'algorithm-weight': 'decisive',
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'B',
      sensorRegister: false,
    },
    reasons: [
      'dpia-evaluation-with-legal-effect',
      'dpia-ap-financial-situation',
      'dpia-ap-partnership',
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-data-reuse',
      'commission-vulnerable-groups',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
  {
    name: 'sound-level sensors in the nightlife area, levels only, a first for the city',
    given: { 'public-space-sensors': true, 'new-technology': true },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'required',
      council: 'required',
      riskLevel: 'medium',
      algorithmRegister: 'none',
      sensorRegister: true,
    },
    reasons: ['commission-new-technology', 'council-commission-reflection', 'sensor-register-entry'],
  },
  {
    name: 'air-quality sensors on lampposts, no personal data, known technology',
    given: { 'public-space-sensors': true },
    outcome: {
      dpia: 'not-required',
      iama: 'not-recommended',
      aiActClass: 'not-applicable',
      commission: 'optional',
      council: 'optional',
      riskLevel: 'low',
      algorithmRegister: 'none',
      sensorRegister: true,
    },
    reasons: ['sensor-register-entry'],
  },
  {
    name: 'language-level assessment of newcomers in civic integration by AI (education area)',
    given: {
      ...PD,
      'data-subjects': 600,
      'vulnerable-groups': true,
      profiling: true,
      'algorithm-type': 'ai',
      'algorithm-effect': ['legal-effect'],
      'algorithm-weight': 'substantial',
      'ai-high-risk-areas': ['education'],
    },
    outcome: {
      dpia: 'required',
      iama: 'recommended',
      aiActClass: 'high-risk',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
      algorithmRegister: 'A',
      sensorRegister: false,
    },
    reasons: [
      'dpia-evaluation-with-legal-effect',
      'dpia-ap-profiling',
      'dpia-edpb-two-or-more-criteria',
      'ai-act-applies',
      'ai-high-risk-education',
      'fria-high-risk-ai',
      'algorithm-impactful',
      'algorithm-register-publication',
      'commission-vulnerable-groups',
      'commission-high-risk-ai',
      'commission-impactful-algorithm',
      'council-high-risk',
      'council-commission-reflection',
    ],
  },
];

describe('evaluateQuickScan on the production policy: municipal cases', () => {
  it('has at least 30 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = evaluateQuickScan(policy, answer(c.given));
    const { reasons, policy: pinned, ignoredAnswers, ...outcome } = result;
    expect(outcome).toEqual(c.outcome);
    expect(reasons.map((r) => r.reasonId).sort()).toEqual([...c.reasons].sort());
    expect(pinned).toEqual({ id: 'waardenpoort', version: 1 });
    expect(ignoredAnswers).toEqual([]);
  });
});

/** The smallest AI project: everything else neutral. */
const bareAi = (extra: Record<string, AnswerValue>): Record<string, AnswerValue> =>
  answer({ 'algorithm-type': 'ai', ...extra });

describe('AI Act classes, one provision at a time', () => {
  const prohibited = policy.questionnaire.questions.find((q) => q.id === 'ai-prohibited-practices');
  const areas = policy.questionnaire.questions.find((q) => q.id === 'ai-high-risk-areas');
  if (prohibited?.type !== 'many-of' || areas?.type !== 'many-of') throw new Error('questionnaire changed');

  it.each(prohibited.options.map((o) => o.value))('art. 5 practice %s alone makes the project prohibited', (value) => {
    const r = evaluateQuickScan(policy, bareAi({ 'ai-prohibited-practices': [value] }));
    expect(r.aiActClass).toBe('prohibited');
    expect(r.riskLevel).toBe('high');
    expect(r.reasons.filter((x) => x.source.id === 'ai-act-art-5')).toHaveLength(1);
  });

  it.each(areas.options.map((o) => o.value))('Annex III area %s alone makes the system high-risk', (value) => {
    const r = evaluateQuickScan(policy, bareAi({ 'ai-high-risk-areas': [value] }));
    expect(r).toMatchObject({
      aiActClass: 'high-risk',
      iama: 'recommended',
      algorithmRegister: 'A',
      riskLevel: 'high',
    });
    expect(r.commission).toBe('required');
    expect(r.reasons.map((x) => x.source.id)).toEqual(expect.arrayContaining(['ai-act-annex-iii', 'ai-act-art-27']));
  });

  it('a rule-based algorithm is not an AI system, whatever it does', () => {
    const r = evaluateQuickScan(policy, answer({ 'algorithm-type': 'rule-based' }));
    expect(r.aiActClass).toBe('not-applicable');
    expect(visibleQuestions(policy, answer({ 'algorithm-type': 'rule-based' })).map((q) => q.id)).not.toContain(
      'ai-prohibited-practices',
    );
  });
});

describe('reasons', () => {
  it('carry the rule, the source with its pinpoint, the effect and both languages', () => {
    const r = evaluateQuickScan(policy, answer({ ...PD, 'data-categories': ['health'] }));
    const health = r.reasons.find((x) => x.reasonId === 'dpia-ap-health-data');
    expect(health).toEqual({
      ruleId: 'ap-07-health-data',
      reasonId: 'dpia-ap-health-data',
      text: { nl: expect.stringContaining('gezondheidsgegevens'), en: expect.stringContaining('Health data') },
      source: {
        id: 'ap-dpia-lijst-2019',
        kind: 'regulator',
        citation: expect.stringContaining('Stcrt. 2019, 64418'),
        title: { nl: expect.any(String), en: expect.any(String) },
        url: 'https://zoek.officielebekendmakingen.nl/stcrt-2019-64418.html',
        pinpoint: 'nr. 7 gezondheidsgegevens',
      },
      effects: { dpia: 'required' },
    });
  });

  it('come in policy order and include rules overruled by a stronger one', () => {
    // Blacklist: the AP list says required, the single EDPB criterion says recommended; both are grounds.
    const r = evaluateQuickScan(policy, answer({ ...PD, 'processing-purposes': ['blacklist'], 'blocks-access': true }));
    const order = policy.rules.map((rule) => rule.id);
    const ids = r.reasons.map((x) => x.ruleId);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(ids).toEqual(expect.arrayContaining(['ap-02-blacklists', 'edpb-one-criterion']));
    expect(r.dpia).toBe('required');
  });
});

describe('answers', () => {
  const complete = answer({ ...PD, 'data-subjects': 100, 'algorithm-type': 'ai' });

  it('names every shown question without an answer', () => {
    const { profiling: _p, 'ai-transparency': _t, ...incomplete } = complete;
    let error: unknown;
    try {
      evaluateQuickScan(policy, incomplete);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuickScanAnswersError);
    expect(error).toMatchObject({ code: 'missing-answers', missingQuestionIds: ['profiling', 'ai-transparency'] });
  });

  it('treats null as not answered', () => {
    expect(() => evaluateQuickScan(policy, { ...complete, profiling: null })).toThrow(
      expect.objectContaining({ code: 'missing-answers', missingQuestionIds: ['profiling'] }),
    );
  });

  it('does not ask for follow-ups of a question that is itself unanswered', () => {
    const { 'personal-data': _pd, ...rest } = answer({});
    expect(() => evaluateQuickScan(policy, rest)).toThrow(
      expect.objectContaining({ code: 'missing-answers', missingQuestionIds: ['personal-data'] }),
    );
  });

  it.each([
    ['a string for a yes/no question', { profiling: 'yes' }],
    ['an unknown option', { cameras: 'hidden' }],
    ['a single option for many-of', { 'data-categories': 'health' }],
    ['an option listed twice', { 'data-categories': ['health', 'health'] }],
    ['a fraction where a whole number is asked', { 'data-subjects': 12.5 }],
    ['a negative count', { 'data-subjects': -1 }],
    ['infinity', { 'data-subjects': Number.POSITIVE_INFINITY }],
  ])('refuses %s', (_what, change) => {
    expect(() => evaluateQuickScan(policy, { ...complete, ...change })).toThrow(
      expect.objectContaining({ code: 'invalid-answers' }),
    );
  });

  it('refuses answers to questions that do not exist, and says which', () => {
    expect(() => evaluateQuickScan(policy, { ...complete, 'uses-blockchain': true })).toThrow(
      expect.objectContaining({
        code: 'invalid-answers',
        issues: [expect.objectContaining({ questionId: 'uses-blockchain', code: 'unknown-question' })],
      }),
    );
  });

  it('refuses something that is not an answer object', () => {
    for (const bad of [null, [], 'yes', 42]) {
      expect(() => evaluateQuickScan(policy, bad as unknown as QuickScanAnswers)).toThrow(
        expect.objectContaining({ code: 'invalid-answers' }),
      );
    }
  });

  it('ignores answers to questions that were not shown, and says so', () => {
    const noPersonalData = answer({});
    const stale = {
      ...noPersonalData,
      'data-categories': ['health'],
      profiling: true,
      'ai-high-risk-areas': ['education'],
    };
    const r = evaluateQuickScan(policy, stale);
    expect(r.dpia).toBe('not-required');
    expect(r.aiActClass).toBe('not-applicable');
    expect(r.ignoredAnswers).toEqual(['data-categories', 'profiling', 'ai-high-risk-areas']);
    const { ignoredAnswers: _a, ...withStale } = r;
    const { ignoredAnswers: _b, ...without } = evaluateQuickScan(policy, noPersonalData);
    expect(withStale).toEqual(without);
  });

  it('does not depend on the order of the keys', () => {
    const given = answer({ ...PD, 'data-subjects': 7_000, 'vulnerable-groups': true, 'algorithm-type': 'ai' });
    const reversed = Object.fromEntries(Object.entries(given).reverse());
    expect(evaluateQuickScan(policy, reversed)).toEqual(evaluateQuickScan(policy, given));
  });

  it('returns an outcome that shares nothing with the policy, so changing one cannot change the other', () => {
    const r = evaluateQuickScan(policy, answer({ ...PD, 'data-categories': ['health'] }));
    const reason = r.reasons[0];
    if (!reason) throw new Error('expected a reason');
    reason.text.nl = 'gewijzigd';
    reason.source.title.nl = 'gewijzigd';
    (reason.effects as Record<string, unknown>).dpia = 'not-required';
    expect(JSON.stringify(policy)).not.toContain('gewijzigd');
    expect(evaluateQuickScan(policy, answer({ ...PD, 'data-categories': ['health'] })).reasons[0]?.effects).toEqual({
      dpia: 'required',
    });
  });
});

describe('visibleQuestions', () => {
  const ids = (a: QuickScanAnswers): string[] => visibleQuestions(policy, a).map((q) => q.id);

  it('shows only the always-asked questions before anything is answered', () => {
    expect(ids({})).toEqual([
      'personal-data',
      'vulnerable-groups',
      'public-space-sensors',
      'cameras',
      'algorithm-type',
      'new-technology',
      'political-sensitivity',
      'commission-requested',
    ]);
  });

  it('opens the personal-data follow-ups on yes, and the camera question only with cameras', () => {
    expect(ids({ 'personal-data': true })).toEqual(
      expect.arrayContaining(['data-subjects', 'data-categories', 'profiling', 'systematic-monitoring']),
    );
    expect(ids({ 'personal-data': true })).not.toContain('camera-observes-people');
    expect(ids({ 'personal-data': true, cameras: 'mobile' })).toContain('camera-observes-people');
    expect(ids({ 'personal-data': false, cameras: 'mobile' })).not.toContain('camera-observes-people');
  });

  it('asks about the art. 6(3) exception only when an Annex III area is chosen', () => {
    expect(ids({ 'algorithm-type': 'ai', 'ai-high-risk-areas': [] })).not.toContain('ai-narrow-task');
    expect(ids({ 'algorithm-type': 'ai', 'ai-high-risk-areas': ['migration'] })).toContain('ai-narrow-task');
  });

  it('holds back a follow-up while the question it depends on is wrongly answered', () => {
    expect(ids({ 'personal-data': 'ja' })).not.toContain('data-subjects');
  });
});
