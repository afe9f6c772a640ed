import { AGRI_FOOD } from './agri-food';
import { BAKERY } from './bakery';
import { BIOPHARMA } from './biopharma';
import { DRONES } from './drones';
import { ECOMMERCE } from './ecommerce';
import { EQUIPMENT } from './equipment';
import { GLASS } from './glass';
import { NEW_MATERIALS } from './new-materials';
import { NURSING } from './nursing';
import { PHOTOVOLTAIC } from './photovoltaic';
import { PORT } from './port';
import { ROBOTICS } from './robotics';
import { TCM } from './tcm';
import { TOURISM } from './tourism';
import type { IndustryProfile } from '../profile';

/** The city's industries, in a fixed order (the order matters for determinism). */
export const PROFILES: readonly IndustryProfile[] = [
  GLASS,
  PHOTOVOLTAIC,
  NEW_MATERIALS,
  EQUIPMENT,
  ROBOTICS,
  DRONES,
  BAKERY,
  AGRI_FOOD,
  NURSING,
  TCM,
  BIOPHARMA,
  ECOMMERCE,
  PORT,
  TOURISM,
];
