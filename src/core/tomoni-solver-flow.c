/* tomoni-solver-flow.c: the flow relaxation of the roster optimiser: the network of one
 * branch-and-bound node and its min-cost maximum flow
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-solver"

#include <string.h>

#include "tomoni-solver-private.h"

#define INF_DIST G_MAXINT64

/* ---------------------------------------------------------------------- */
/* The flow network, in compressed rows.  Arc positions p and rev[p] are a
 * residual pair; cap[] is the residual capacity. */

typedef struct
{
  guint tail;
  guint head;
  guint32 cap;
  guint edge;                   /* input edge + 1 (cost S − score), or 0 (cost 0) */
} RawArc;

struct _Network
{
  GArray *raw;                  /* RawArc, the arcs before they are put in rows */
  guint n_nodes;
  guint n_arcs;
  guint node_room;              /* allocated sizes, kept between relaxations */
  guint arc_room;
  guint *pos;
  guint *first;                 /* n_nodes + 1 */
  guint *head;
  guint *rev;
  guint32 *cap;
  gint64 *cost;
  guint *edge;
};

static void
network_clear (Network *net)
{
  g_clear_pointer (&net->pos, g_free);
  g_clear_pointer (&net->first, g_free);
  g_clear_pointer (&net->head, g_free);
  g_clear_pointer (&net->rev, g_free);
  g_clear_pointer (&net->cap, g_free);
  g_clear_pointer (&net->cost, g_free);
  g_clear_pointer (&net->edge, g_free);
}

static void
network_build (Network      *net,
               guint         n_nodes,
               const GArray *raw,
               const GArray *edges,
               gint64        max_score)
{
  guint *pos;

  net->n_nodes = n_nodes;
  net->n_arcs = 2 * raw->len;
  /* fresh pages are slow to fault in; memory is reused between relaxations
   * and solves */
  if (n_nodes + 1 > net->node_room)
    {
      g_free (net->pos);
      g_free (net->first);
      net->node_room = MAX (n_nodes + 1, net->node_room * 3 / 2);
      net->pos = g_new (guint, net->node_room);
      net->first = g_new (guint, net->node_room);
    }
  if (net->n_arcs + 1 > net->arc_room)
    {
      g_free (net->head);
      g_free (net->rev);
      g_free (net->cap);
      g_free (net->cost);
      g_free (net->edge);
      net->arc_room = MAX (net->n_arcs + 1, net->arc_room * 3 / 2);
      net->head = g_new (guint, net->arc_room);
      net->rev = g_new (guint, net->arc_room);
      net->cap = g_new (guint32, net->arc_room);
      net->cost = g_new (gint64, net->arc_room);
      net->edge = g_new (guint, net->arc_room);
    }
  memset (net->first, 0, sizeof (guint) * (n_nodes + 1));

  for (guint i = 0; i < raw->len; i++)
    {
      const RawArc *r = &g_array_index (raw, RawArc, i);

      net->first[r->tail + 1]++;
      net->first[r->head + 1]++;
    }
  for (guint v = 0; v < n_nodes; v++)
    net->first[v + 1] += net->first[v];

  pos = net->pos;
  memcpy (pos, net->first, sizeof (guint) * n_nodes);
  for (guint i = 0; i < raw->len; i++)
    {
      const RawArc *r = &g_array_index (raw, RawArc, i);
      guint pf = pos[r->tail]++;
      guint pr = pos[r->head]++;
      gint64 cost = 0;

      if (r->edge != 0)
        cost = max_score - g_array_index (edges, TomoniSolverAssignment, r->edge - 1).score;

      net->head[pf] = r->head;
      net->head[pr] = r->tail;
      net->cap[pf] = r->cap;
      net->cap[pr] = 0;
      net->cost[pf] = cost;
      net->cost[pr] = -cost;
      net->rev[pf] = pr;
      net->rev[pr] = pf;
      net->edge[pf] = r->edge;
      net->edge[pr] = 0;
    }
}

typedef struct
{
  gint64 key;
  guint node;
} HeapItem;

static void
heap_push (HeapItem *heap,
           guint    *len,
           gint64    key,
           guint     node)
{
  guint i = (*len)++;

  while (i > 0)
    {
      guint parent = (i - 1) / 2;

      if (heap[parent].key <= key)
        break;
      heap[i] = heap[parent];
      i = parent;
    }
  heap[i].key = key;
  heap[i].node = node;
}

static HeapItem
heap_pop (HeapItem *heap,
          guint    *len)
{
  HeapItem top = heap[0];
  HeapItem last = heap[--(*len)];
  guint n = *len;
  guint i = 0;

  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && heap[child + 1].key < heap[child].key)
        child++;
      if (heap[child].key >= last.key)
        break;
      heap[i] = heap[child];
      i = child;
    }
  if (n > 0)
    heap[i] = last;

  return top;
}

struct _FlowWork
{
  guint node_room;
  guint arc_room;
  gint64 *pot;
  gint64 *dist;
  guint *seen;                  /* dist[v] valid when seen[v] == round */
  guint *done;                  /* settled when done[v] == round */
  guint round;
  HeapItem *heap;
  int *level;
  guint *queue;
  guint *it;
  guint *path;
  guint *sub_first;             /* arcs of reduced cost 0, by tail */
  guint *sub_arc;
  guint bfs_rounds;
};

static void flow_work_clear (FlowWork *w);

static void
flow_work_init (FlowWork      *w,
                const Network *net)
{
  if (net->n_nodes + 1 > w->node_room || net->n_arcs + 1 > w->arc_room)
    {
      guint node_room = MAX (net->n_nodes + 1, w->node_room * 3 / 2);
      guint arc_room = MAX (net->n_arcs + 1, w->arc_room * 3 / 2);

      flow_work_clear (w);
      w->node_room = node_room;
      w->arc_room = arc_room;
      w->pot = g_new (gint64, node_room);
      w->dist = g_new (gint64, node_room);
      w->seen = g_new (guint, node_room);
      w->done = g_new (guint, node_room);
      w->heap = g_new (HeapItem, arc_room);
      w->level = g_new (int, node_room);
      w->queue = g_new (guint, node_room);
      w->it = g_new (guint, node_room);
      w->path = g_new (guint, node_room);
      w->sub_first = g_new (guint, node_room);
      w->sub_arc = g_new (guint, arc_room);
    }
  memset (w->pot, 0, sizeof (gint64) * net->n_nodes);
  memset (w->seen, 0, sizeof (guint) * net->n_nodes);
  memset (w->done, 0, sizeof (guint) * net->n_nodes);
  w->round = 0;
  w->bfs_rounds = 0;
}

static void
flow_work_clear (FlowWork *w)
{
  g_clear_pointer (&w->pot, g_free);
  g_clear_pointer (&w->dist, g_free);
  g_clear_pointer (&w->seen, g_free);
  g_clear_pointer (&w->done, g_free);
  g_clear_pointer (&w->heap, g_free);
  g_clear_pointer (&w->level, g_free);
  g_clear_pointer (&w->queue, g_free);
  g_clear_pointer (&w->it, g_free);
  g_clear_pointer (&w->path, g_free);
  g_clear_pointer (&w->sub_first, g_free);
  g_clear_pointer (&w->sub_arc, g_free);
  w->node_room = 0;
  w->arc_room = 0;
}

static inline gint64
reduced_cost (const Network  *net,
              const FlowWork *w,
              guint           u,
              guint           a)
{
  return net->cost[a] + w->pot[u] - w->pot[net->head[a]];
}

/* Dijkstra on reduced costs from @src, stopped when @sink is settled; then
 * the potentials are raised so that every shortest path to the sink has
 * reduced cost 0 and no reduced cost becomes negative (settled nodes by their
 * distance, the others by the sink's).  FALSE when the sink is unreachable. */
static gboolean
flow_dijkstra (const Network *net,
               FlowWork      *w,
               guint          src,
               guint          sink)
{
  guint len = 0;
  gint64 sink_dist = INF_DIST;

  w->round++;
  w->dist[src] = 0;
  w->seen[src] = w->round;
  heap_push (w->heap, &len, 0, src);

  while (len > 0)
    {
      HeapItem item = heap_pop (w->heap, &len);
      guint u = item.node;

      if (w->done[u] == w->round || item.key > w->dist[u])
        continue;
      w->done[u] = w->round;
      if (u == sink)
        {
          sink_dist = item.key;
          break;
        }

      for (guint a = net->first[u]; a < net->first[u + 1]; a++)
        {
          guint v = net->head[a];
          gint64 nd;

          if (net->cap[a] == 0 || w->done[v] == w->round)
            continue;
          g_assert (reduced_cost (net, w, u, a) >= 0);
          nd = item.key + reduced_cost (net, w, u, a);
          if (w->seen[v] != w->round || nd < w->dist[v])
            {
              w->seen[v] = w->round;
              w->dist[v] = nd;
              heap_push (w->heap, &len, nd, v);
            }
        }
    }

  if (sink_dist == INF_DIST)
    return FALSE;

  for (guint v = 0; v < net->n_nodes; v++)
    w->pot[v] += (w->done[v] == w->round) ? w->dist[v] : sink_dist;

  return TRUE;
}

/* The arcs of reduced cost 0 (whatever their residual capacity: pushing
 * flow on one makes its partner, also of reduced cost 0, usable), so that
 * Dinic scans a small subgraph instead of every arc. */
static void
flow_collect_admissible (const Network *net,
                         FlowWork      *w)
{
  guint k = 0;

  for (guint u = 0; u < net->n_nodes; u++)
    {
      w->sub_first[u] = k;
      for (guint a = net->first[u]; a < net->first[u + 1]; a++)
        if (reduced_cost (net, w, u, a) == 0)
          w->sub_arc[k++] = a;
    }
  w->sub_first[net->n_nodes] = k;
}

/* Dinic's maximum flow restricted to arcs of reduced cost 0.  Returns the
 * flow added. */
static guint
flow_dinic (Network  *net,
            FlowWork *w,
            guint     src,
            guint     sink)
{
  guint total = 0;

  flow_collect_admissible (net, w);

  for (;;)
    {
      guint qhead = 0, qtail = 0;
      guint depth = 0;
      guint u;

      for (guint v = 0; v < net->n_nodes; v++)
        w->level[v] = -1;
      w->level[src] = 0;
      w->queue[qtail++] = src;
      while (qhead < qtail)
        {
          guint x = w->queue[qhead++];

          if (x == sink)
            continue;
          for (guint i = w->sub_first[x]; i < w->sub_first[x + 1]; i++)
            {
              guint a = w->sub_arc[i];
              guint v = net->head[a];

              if (w->level[v] < 0 && net->cap[a] > 0)
                {
                  w->level[v] = w->level[x] + 1;
                  w->queue[qtail++] = v;
                }
            }
        }
      if (w->level[sink] < 0)
        return total;
      w->bfs_rounds++;

      for (guint v = 0; v < net->n_nodes; v++)
        w->it[v] = w->sub_first[v];

      u = src;
      for (;;)
        {
          guint a;

          if (u == sink)
            {
              guint32 bottleneck = G_MAXUINT32;

              for (guint i = 0; i < depth; i++)
                bottleneck = MIN (bottleneck, net->cap[w->path[i]]);
              for (guint i = 0; i < depth; i++)
                {
                  net->cap[w->path[i]] -= bottleneck;
                  net->cap[net->rev[w->path[i]]] += bottleneck;
                }
              total += bottleneck;
              depth = 0;
              u = src;
              continue;
            }

          for (; w->it[u] < w->sub_first[u + 1]; w->it[u]++)
            {
              a = w->sub_arc[w->it[u]];
              if (net->cap[a] > 0 && w->level[net->head[a]] == w->level[u] + 1)
                break;
            }

          if (w->it[u] < w->sub_first[u + 1])
            {
              a = w->sub_arc[w->it[u]];
              w->path[depth++] = a;
              u = net->head[a];
            }
          else
            {
              if (u == src)
                break;
              w->level[u] = -1;         /* dead end for this phase */
              a = w->path[--depth];
              u = net->head[net->rev[a]];
              w->it[u]++;
            }
        }
    }
}

/* Min-cost maximum flow from @src to @sink.  All arc costs must be >= 0 at
 * the start (zero potentials are then valid). */
static gboolean
flow_solve (Network       *net,
            FlowWork      *w,
            guint          src,
            guint          sink,
            GCancellable  *cancellable,
            GError       **error)
{
  gboolean ret = TRUE;

  flow_work_init (w, net);
  while (flow_dijkstra (net, w, src, sink))
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ret = FALSE;
          break;
        }
      flow_dinic (net, w, src, sink);
    }

  return ret;
}

/* ---------------------------------------------------------------------- */
/* Building the relaxation of one branch-and-bound node. */

static void
add_raw (GArray  *raw,
         guint    tail,
         guint    head,
         guint32  cap,
         guint    edge)
{
  RawArc r = { tail, head, cap, edge };

  g_array_append_val (raw, r);
}

#define SOURCE_NODE 0
#define SINK_NODE 1
#define SLOT_NODE(s) (2 + (s))

static void
build_relaxation (Context *ctx,
                  Network *net)
{
  TomoniSolver *self = ctx->self;
  guint n_edges = self->edges->len;
  GArray *raw = net->raw;
  guint n_nodes = 2 + self->slots->len;
  guint i = 0;

  g_array_set_size (raw, 0);
  for (guint s = 0; s < self->slots->len; s++)
    add_raw (raw, SLOT_NODE (s), SINK_NODE, slot_at (self, s)->capacity, 0);

  while (i < n_edges)
    {
      const TomoniSolverAssignment *e0 = edge_at (self, ctx->order[i]);
      guint person = e0->person;
      int month = slot_at (self, e0->slot)->month;
      guint j = i;
      guint n_groups = 0;
      gint64 group_end = 0;
      guint cap = 0;
      guint parent = SOURCE_NODE;
      guint group_node = 0;
      guint group_size = 0;
      guint pending = 0;

      /* the run of this person and month */
      while (j < n_edges)
        {
          const TomoniSolverAssignment *e = edge_at (self, ctx->order[j]);

          if (e->person != person || slot_at (self, e->slot)->month != month)
            break;
          j++;
        }

      /* count the groups (runs sharing one instant, in start order) */
      for (guint k = i; k < j; k++)
        {
          const Slot *s = slot_at (self, edge_at (self, ctx->order[k])->slot);

          if (ctx->banned[ctx->order[k]])
            continue;
          if (n_groups == 0 || s->start >= group_end)
            {
              n_groups++;
              group_end = s->end;
            }
          else
            group_end = MIN (group_end, s->end);
        }

      if (n_groups == 0 || (solver_lookup_cap (self, person, month, &cap) && cap == 0))
        {
          i = j;
          continue;
        }
      if (solver_lookup_cap (self, person, month, &cap) && cap < n_groups)
        {
          parent = n_nodes++;
          add_raw (raw, SOURCE_NODE, parent, cap, 0);
        }

      /* emit: a group of one slot is a plain arc, a bigger one gets a node;
       * the arc of a group's first slot waits until the group's size is known */
      n_groups = 0;
      for (guint k = i; k <= j; k++)
        {
          guint edge = k < j ? ctx->order[k] : 0;
          const Slot *s = k < j ? slot_at (self, edge_at (self, edge)->slot) : NULL;
          gboolean new_group;

          if (k < j && ctx->banned[edge])
            continue;
          new_group = (s == NULL || n_groups == 0 || s->start >= group_end);

          if (new_group && group_size == 1)
            {
              const TomoniSolverAssignment *p = edge_at (self, pending);

              add_raw (raw, parent, SLOT_NODE (p->slot), 1, pending + 1);
            }
          if (s == NULL)
            break;

          if (new_group)
            {
              n_groups++;
              group_end = s->end;
              group_size = 0;
            }
          else
            group_end = MIN (group_end, s->end);

          group_size++;
          if (group_size == 1)
            pending = edge;
          else
            {
              const TomoniSolverAssignment *e = edge_at (self, edge);

              if (group_size == 2)
                {
                  const TomoniSolverAssignment *p = edge_at (self, pending);

                  group_node = n_nodes++;
                  add_raw (raw, parent, group_node, 1, 0);
                  add_raw (raw, group_node, SLOT_NODE (p->slot), 1, pending + 1);
                }
              add_raw (raw, group_node, SLOT_NODE (e->slot), 1, edge + 1);
            }
        }

      i = j;
    }

  network_build (net, n_nodes, raw, self->edges, ctx->max_score);
}

/* Solves the relaxation of the node given by ctx->banned: its value, and the
 * person-slot edges used. */
gboolean
solver_solve_relaxation (Context       *ctx,
                  Value         *value,
                  GArray        *chosen,
                  GCancellable  *cancellable,
                  GError       **error)
{
  TomoniSolver *self = ctx->self;
  Network *net = self->net;
  gboolean ok;

  build_relaxation (ctx, net);
  ok = flow_solve (net, self->work, SOURCE_NODE, SINK_NODE, cancellable, error);

  g_array_set_size (chosen, 0);
  value->filled = 0;
  value->score = 0;
  if (ok)
    {
      for (guint a = 0; a < net->n_arcs; a++)
        {
          if (net->edge[a] != 0 && net->cap[a] == 0)
            {
              guint edge = net->edge[a] - 1;

              g_array_append_val (chosen, edge);
              value->filled++;
              value->score += edge_at (self, edge)->score;
            }
        }
    }
  self->n_relaxations++;

  return ok;
}

void
solver_flow_init (TomoniSolver *self)
{
  self->net = g_new0 (Network, 1);
  self->net->raw = g_array_new (FALSE, FALSE, sizeof (RawArc));
  self->work = g_new0 (FlowWork, 1);
}

void
solver_flow_clear (TomoniSolver *self)
{
  if (self->net != NULL)
    {
      network_clear (self->net);
      g_array_unref (self->net->raw);
      g_clear_pointer (&self->net, g_free);
    }
  if (self->work != NULL)
    {
      flow_work_clear (self->work);
      g_clear_pointer (&self->work, g_free);
    }
}
