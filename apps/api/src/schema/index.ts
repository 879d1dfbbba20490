import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder';
import './scalars';
import './enums';
import './unit';
import './person';
import './organisation';
import './forum';
import './project';
import './partner-city';
import './event-series';

export const schema = lexicographicSortSchema(builder.toSchema());
