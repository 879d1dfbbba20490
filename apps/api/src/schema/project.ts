import { builder, recordFields } from '../builder';
import { Seat } from '../db/forum';
import { Project } from '../db/project';
import { allOf, childrenBy, findPage, idOf, orderInput, refId, textSearch } from './list';
import { ProjectRef, SeatRef, UnitRef } from './refs';

ProjectRef.implement({
  description: 'A transnational project; its owner unit answers for it (R4).',
  fields: (t) => ({
    key: t.exposeString('key'),
    title: t.exposeString('title'),
    ...recordFields(t),
    ownerUnit: t.field({
      type: UnitRef,
      nullable: true,
      resolve: (project) => refId(project.ownerUnit),
    }),
    seats: t.loadableGroup({
      type: SeatRef,
      description: 'Forum seats held through this project.',
      ...childrenBy(Seat, 'project', { forum: { name: 'asc' } }),
      resolve: (project) => project.id,
    }),
  }),
});

const ProjectFilter = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text in the title.' }),
    ownerUnitId: t.globalID({ for: UnitRef }),
  }),
});
const ProjectOrder = orderInput(
  'Project',
  { TITLE: 'title', OWNER_UNIT: 'ownerUnit.name' },
  'Order of projects.',
);

builder.queryField('projects', (t) =>
  t.connection({
    type: ProjectRef,
    args: { filter: t.arg({ type: ProjectFilter }), orderBy: t.arg({ type: ProjectOrder }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['title']),
        f?.ownerUnitId && { ownerUnit: idOf(f.ownerUnitId) },
      );
      return findPage(ctx.em, Project, args, where, args.orderBy, 'title');
    },
  }),
);
