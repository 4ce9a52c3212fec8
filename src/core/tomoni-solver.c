/* tomoni-solver.c: the exact volunteer-roster optimiser
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tomoni-solver"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "tomoni-solver-private.h"

/*
 * How it works
 * ============
 *
 * The roster problem is solved as a min-cost max-flow inside a
 * branch-and-bound.
 *
 * The flow network (the "relaxation") is
 *
 *   source → [person-month, capacity cap] → [group, capacity 1] → slot → sink
 *                                                          (capacity k)
 *
 * with one unit of flow per filled place.  A person-slot arc has capacity 1
 * (a person takes a slot at most once) and cost (S − score), where S is the
 * largest score of the instance.  Every unit of flow crosses exactly one
 * person-slot arc, so a flow of value F costs F·S − (total score): a min-cost
 * *maximum* flow fills the most places and, among those, has the largest
 * total score — the lexicographic objective, without a big-M constant.
 *
 * The groups: a person's eligible slots of one month, sorted by start, are cut
 * greedily into runs in which every interval contains one common instant (the
 * smallest end of the run); this is the minimum clique cover of the interval
 * graph.  A capacity-1 group node then says "at most one of these", which is
 * exactly the overlap constraint when the person's slots of that month form
 * one clique (the common case: one time block, or the roles of one shift).
 * The person-month node is left out when the cap cannot bind (no cap, or a cap
 * at least the number of groups), and a group of one slot is an arc.
 *
 * Every feasible roster is a flow of this network (each assigned slot routed
 * through its own month node and its own group), so the optimum flow is an
 * upper bound on the optimum roster.  What the network cannot say is that two
 * slots of *different* groups may still overlap (A overlaps B, B overlaps C,
 * A and C do not: the cover is {A, B}, {C}, and B with C is an overlap).  When
 * the optimum flow gives one person two overlapping slots e1, e2 we branch:
 * child 1 forbids (person, e1), child 2 forbids (person, e2).  Every feasible
 * roster of the parent lacks e1 or e2, so it stays feasible in a child; no
 * optimum is lost.  A node whose flow optimum is no better than the best
 * roster found so far is pruned (its bound cannot beat it), and a node whose
 * flow optimum has no overlap is a feasible roster that is optimal for that
 * node.  Each child forbids one more arc, so the search ends; when it does,
 * the best roster found is the optimum.  Month caps and slot capacities are
 * exact in every relaxation, so overlaps are the only thing to branch on.
 *
 * The flow search stops after FLOW_RELAXATIONS relaxations if it has not
 * closed by then.  On long chains of overlaps with many equal scores the
 * flow bounds stay loose and the search could run for minutes, so the
 * instance goes to an integer program instead (ilp_solve(), GLPK): a
 * column per edge, a row per slot, per binding month cap and per maximal
 * clique of each person's intervals.  Its LP bound is far tighter than the
 * flow's (for one person alone the clique rows are exact), and GLPK's
 * branch-and-cut, started from the flow search's best roster and fed a
 * rounding of each node's LP, usually proves the optimum in well under a
 * second.  If it has not when three quarters of the time left are used,
 * the flow search resumes with the tighter bound until the limit: on
 * rosters whose scores all tie it often finds a roster meeting the bound.
 * At the limit the best roster found is returned with the lowest proven
 * bound (the best open flow node's, or GLPK's best open node's).
 *
 * The flow algorithm is the primal-dual form of successive shortest paths:
 * Dijkstra on reduced costs (integer costs, potentials kept non-negative
 * reduced costs, stopped when the sink is settled), then a Dinic maximum flow
 * on the arcs of reduced cost 0, repeated until the sink is unreachable.
 * Many shortest augmenting paths share a length, so one Dijkstra serves many
 * augmentations.  Everything is deterministic: arcs are built in the order of
 * people, months, start times and slot indexes, and ties are never broken by
 * anything else.
 */

#define INF_DIST G_MAXINT64

/* relaxations the flow search may take before the integer program takes
 * over: most months close in one, easy overlaps in a few dozen */
#define FLOW_RELAXATIONS 8

G_DEFINE_QUARK (tomoni-solver-error-quark, tomoni_solver_error)

/* g_int64_hash() folds the two halves with xor, which collides badly on
 * (person << 32 | slot) keys; mix the bits first (a 64-bit finaliser). */
static guint
pair_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *) key;

  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  v ^= v >> 33;

  return (guint) v;
}

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

typedef struct _Network
{
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
} Network;

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

typedef struct _FlowWork
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
} FlowWork;

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

gboolean
lookup_cap (TomoniSolver *self,
            guint         person,
            int           month,
            guint        *cap)
{
  gint64 key = pair_key (person, (guint32) month);
  gpointer value;

  if (!g_hash_table_lookup_extended (self->caps, &key, NULL, &value))
    return FALSE;
  *cap = GPOINTER_TO_UINT (value);
  return TRUE;
}

typedef struct
{
  int month;
  guint slot;
  gint64 start;
  gint64 end;
  guint edge;
} OrderKey;

static int
compare_order_key (gconstpointer a,
                   gconstpointer b)
{
  const OrderKey *x = a;
  const OrderKey *y = b;

  if (x->month != y->month)
    return x->month < y->month ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->slot != y->slot)
    return x->slot < y->slot ? -1 : 1;
  return 0;
}

/* Edges by person (a counting sort, filling @person_first), then month,
 * start, end and slot.  (person, slot) pairs are unique, so the order is
 * total and does not depend on the sorting algorithm. */
static guint *
sort_edges (TomoniSolver *self,
            guint        *person_first)
{
  guint n_edges = self->edges->len;
  g_autofree guint *pos = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (OrderKey));
  guint *order = g_new (guint, n_edges + 1);

  for (guint i = 0; i < n_edges; i++)
    person_first[edge_at (self, i)->person + 1]++;
  for (guint p = 0; p < self->people->len; p++)
    person_first[p + 1] += person_first[p];

  pos = g_memdup2 (person_first, sizeof (guint) * (self->people->len + 1));
  for (guint i = 0; i < n_edges; i++)
    order[pos[edge_at (self, i)->person]++] = i;

  for (guint p = 0; p < self->people->len; p++)
    {
      guint n = person_first[p + 1] - person_first[p];
      guint *run = order + person_first[p];
      gboolean sorted = TRUE;

      g_array_set_size (keys, n);
      for (guint k = 0; k < n; k++)
        {
          const TomoniSolverAssignment *e = edge_at (self, run[k]);
          const Slot *s = slot_at (self, e->slot);
          OrderKey *key = &g_array_index (keys, OrderKey, k);

          key->month = s->month;
          key->slot = e->slot;
          key->start = s->start;
          key->end = s->end;
          key->edge = run[k];
          /* edges are often added in order already */
          if (k > 0 && sorted)
            sorted = compare_order_key (key - 1, key) < 0;
        }
      if (sorted)
        continue;
      g_array_sort (keys, compare_order_key);
      for (guint k = 0; k < n; k++)
        run[k] = g_array_index (keys, OrderKey, k).edge;
    }

  return order;
}

static int
compare_score (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  TomoniSolver *self = user_data;
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;
  gint64 sx = edge_at (self, x)->score;
  gint64 sy = edge_at (self, y)->score;

  if (sx != sy)
    return sx > sy ? -1 : 1;
  return x < y ? -1 : (x > y);
}

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
  GArray *raw = self->raw;
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

      if (n_groups == 0 || (lookup_cap (self, person, month, &cap) && cap == 0))
        {
          i = j;
          continue;
        }
      if (lookup_cap (self, person, month, &cap) && cap < n_groups)
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

static int
compare_by_person_time (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  TomoniSolver *self = user_data;
  const TomoniSolverAssignment *ea = edge_at (self, *(const guint *) a);
  const TomoniSolverAssignment *eb = edge_at (self, *(const guint *) b);
  const Slot *sa = slot_at (self, ea->slot);
  const Slot *sb = slot_at (self, eb->slot);

  if (ea->person != eb->person)
    return ea->person < eb->person ? -1 : 1;
  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  if (ea->slot != eb->slot)
    return ea->slot < eb->slot ? -1 : 1;
  return 0;
}

/* The first overlap of one person in @chosen (edge indexes), in person and
 * time order.  Sorts @chosen. */
static gboolean
find_overlap (TomoniSolver *self,
              GArray       *chosen,
              guint        *edge1,
              guint        *edge2)
{
  guint person = G_MAXUINT;
  gint64 max_end = 0;
  guint max_edge = 0;

  g_array_sort_with_data (chosen, compare_by_person_time, self);
  for (guint i = 0; i < chosen->len; i++)
    {
      guint edge = g_array_index (chosen, guint, i);
      const TomoniSolverAssignment *e = edge_at (self, edge);
      const Slot *s = slot_at (self, e->slot);

      if (e->person != person)
        {
          person = e->person;
          max_end = s->end;
          max_edge = edge;
          continue;
        }
      if (s->start < max_end)
        {
          *edge1 = max_edge;
          *edge2 = edge;
          return TRUE;
        }
      if (s->end > max_end)
        {
          max_end = s->end;
          max_edge = edge;
        }
    }

  return FALSE;
}

int
value_compare (const Value *a,
               const Value *b)
{
  if (a->filled != b->filled)
    return a->filled < b->filled ? -1 : 1;
  if (a->score != b->score)
    return a->score < b->score ? -1 : 1;
  return 0;
}

/* Solves the relaxation of the node given by ctx->banned: its value, and the
 * person-slot edges used. */
static gboolean
solve_relaxation (Context       *ctx,
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

typedef struct
{
  GArray *banned;               /* edge indexes */
  Value bound;                  /* the parent's relaxation value */
  guint64 seq;                  /* creation order, for a deterministic search */
} BranchNode;

/* Open nodes, best bound first (among equal bounds the newest, which makes
 * the search dive like depth-first while bounds tie): a binary heap. */
static gboolean
node_before (const BranchNode *a,
             const BranchNode *b)
{
  int c = value_compare (&a->bound, &b->bound);

  return c > 0 || (c == 0 && a->seq > b->seq);
}

static void
node_heap_push (GPtrArray  *heap,
                BranchNode *node)
{
  guint i = heap->len;

  g_ptr_array_add (heap, node);
  while (i > 0)
    {
      guint parent = (i - 1) / 2;

      if (!node_before (node, heap->pdata[parent]))
        break;
      heap->pdata[i] = heap->pdata[parent];
      i = parent;
    }
  heap->pdata[i] = node;
}

static BranchNode *
node_heap_pop (GPtrArray *heap)
{
  BranchNode *top = heap->pdata[0];
  BranchNode *last = g_ptr_array_steal_index (heap, heap->len - 1);
  guint n = heap->len;
  guint i = 0;

  if (n == 0)
    return top;
  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && node_before (heap->pdata[child + 1], heap->pdata[child]))
        child++;
      if (!node_before (heap->pdata[child], last))
        break;
      heap->pdata[i] = heap->pdata[child];
      i = child;
    }
  heap->pdata[i] = last;

  return top;
}

static void
branch_node_free (gpointer data)
{
  BranchNode *node = data;

  g_array_unref (node->banned);
  g_free (node);
}

static void
push_child (GPtrArray    *stack,
            const GArray *parent_banned,
            const GArray *more,
            const Value  *bound,
            guint64      *seq)
{
  BranchNode *child = g_new0 (BranchNode, 1);

  child->banned = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                     parent_banned->len + more->len);
  g_array_append_vals (child->banned, parent_banned->data, parent_banned->len);
  g_array_append_vals (child->banned, more->data, more->len);
  child->bound = *bound;
  child->seq = (*seq)++;
  node_heap_push (stack, child);
}

/* Branching on an overlap of e1 and e2 (same person): both contain the
 * instant t = the later start, and so does every slot of the person's clique
 * K = {allowed slots of the person containing t}.  A feasible roster gives
 * the person at most one slot of K, so it avoids K's slots before the later of
 * e1, e2 (in start order) or avoids the rest: the two children ban one part
 * each.  This bans more than one edge per child (SOS1 branching) and keeps the
 * search shallow. */
static void
split_clique (Context *ctx,
              guint    edge1,
              guint    edge2,
              GArray  *left,
              GArray  *right)
{
  TomoniSolver *self = ctx->self;
  guint person = edge_at (self, edge1)->person;
  const Slot *s1 = slot_at (self, edge_at (self, edge1)->slot);
  const Slot *s2 = slot_at (self, edge_at (self, edge2)->slot);
  gint64 t = MAX (s1->start, s2->start);
  g_autoptr(GArray) clique = g_array_new (FALSE, FALSE, sizeof (guint));
  guint later;

  for (guint k = ctx->person_first[person]; k < ctx->person_first[person + 1]; k++)
    {
      guint edge = ctx->order[k];
      const Slot *s = slot_at (self, edge_at (self, edge)->slot);

      if (!ctx->banned[edge] && s->start <= t && t < s->end)
        g_array_append_val (clique, edge);
    }
  g_array_sort_with_data (clique, compare_by_person_time, self);

  later = compare_by_person_time (&edge1, &edge2, self) < 0 ? edge2 : edge1;
  g_array_set_size (left, 0);
  g_array_set_size (right, 0);
  for (guint i = 0; i < clique->len; i++)
    {
      guint edge = g_array_index (clique, guint, i);

      if (edge == later)
        {
          g_array_append_vals (right, &g_array_index (clique, guint, i), clique->len - i);
          break;
        }
      g_array_append_val (left, edge);
    }
  g_assert (left->len > 0 && right->len > 0);
}

/* A feasible roster near the relaxation's, for a good incumbent early: keep
 * the relaxation's slots in person and time order while they do not overlap,
 * then fill free places greedily by score.  Only ever an incumbent; the
 * bounds alone decide optimality. */
void
repair_roster (Context      *ctx,
               const GArray *chosen,
               GArray       *out,
               Value        *value)
{
  TomoniSolver *self = ctx->self;
  guint n_edges = self->edges->len;
  g_autofree guint *slot_used = g_new0 (guint, self->slots->len + 1);
  g_autofree guint *head = g_new (guint, self->people->len + 1);
  g_autofree guint *next = g_new (guint, n_edges + 1);
  g_autofree guint8 *kept = g_new0 (guint8, n_edges + 1);

  if (ctx->by_score == NULL)
    {
      ctx->by_score = g_new (guint, n_edges + 1);
      for (guint i = 0; i < n_edges; i++)
        ctx->by_score[i] = i;
      g_qsort_with_data (ctx->by_score, n_edges, sizeof (guint), compare_score, self);
    }

  for (guint p = 0; p < self->people->len; p++)
    head[p] = G_MAXUINT;
  g_array_set_size (out, 0);
  value->filled = 0;
  value->score = 0;

  for (guint pass = 0; pass < 2; pass++)
    {
      guint n = pass == 0 ? chosen->len : n_edges;

      for (guint i = 0; i < n; i++)
        {
          guint edge = pass == 0 ? g_array_index (chosen, guint, i) : ctx->by_score[i];
          const TomoniSolverAssignment *e = edge_at (self, edge);
          const Slot *s = slot_at (self, e->slot);
          guint cap, in_month = 0;
          gboolean ok = TRUE;

          if (kept[edge] || slot_used[e->slot] >= s->capacity)
            continue;
          for (guint f = head[e->person]; f != G_MAXUINT && ok; f = next[f])
            {
              const Slot *o = slot_at (self, edge_at (self, f)->slot);

              if (o->start < s->end && s->start < o->end)
                ok = FALSE;
              if (o->month == s->month)
                in_month++;
            }
          if (!ok || (lookup_cap (self, e->person, s->month, &cap) && in_month >= cap))
            continue;

          kept[edge] = 1;
          next[edge] = head[e->person];
          head[e->person] = edge;
          slot_used[e->slot]++;
          g_array_append_val (out, edge);
          value->filled++;
          value->score += e->score;
        }
    }
}

static int
compare_assignment (gconstpointer a,
                    gconstpointer b)
{
  const TomoniSolverAssignment *x = a;
  const TomoniSolverAssignment *y = b;

  if (x->slot != y->slot)
    return x->slot < y->slot ? -1 : 1;
  if (x->person != y->person)
    return x->person < y->person ? -1 : 1;
  return 0;
}

static void
clear_result (TomoniSolver *self)
{
  self->value.filled = 0;
  self->value.score = 0;
  self->bound.filled = 0;
  self->bound.score = 0;
  self->optimal = FALSE;
  g_array_set_size (self->assignments, 0);
  self->n_relaxations = 0;
}

static void
input_changed (TomoniSolver *self)
{
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->person_first, g_free);
}

static gboolean
validate (TomoniSolver  *self,
          gint64        *max_score,
          GError       **error)
{
  guint64 limit;

  for (guint s = 0; s < self->slots->len; s++)
    {
      const Slot *slot = slot_at (self, s);

      if (slot->end <= slot->start)
        {
          /* Translators: shown when the roster cannot be computed because
           * a volunteer shift's end time is not after its start time */
          g_set_error_literal (error, TOMONI_SOLVER_ERROR,
                               TOMONI_SOLVER_ERROR_INVALID_INTERVAL,
                               _("A shift must end after it starts"));
          return FALSE;
        }
    }

  *max_score = 0;
  for (guint i = 0; i < self->edges->len; i++)
    *max_score = MAX (*max_score, edge_at (self, i)->score);

  /* Potentials and distances stay below (nodes + arcs) · max score, total
   * scores below edges · max score; keep a wide margin from overflow. */
  limit = (guint64) G_MAXINT64
    / (4 * ((guint64) self->edges->len * 3 + self->people->len + self->slots->len + 4));
  if ((guint64) *max_score > limit)
    {
      /* Translators: the scores say how well a volunteer suits a shift;
       * the roster maximises their sum */
      g_set_error_literal (error, TOMONI_SOLVER_ERROR,
                           TOMONI_SOLVER_ERROR_SCORE_TOO_LARGE,
                           _("The suitability scores are too large to be added up"));
      return FALSE;
    }

  return TRUE;
}

/* Whether @chosen (edge indexes) keeps every hard constraint.  Sorts
 * @chosen. */
gboolean
roster_is_feasible (Context *ctx,
                    GArray  *chosen)
{
  TomoniSolver *self = ctx->self;
  g_autofree guint *slot_used = g_new0 (guint, self->slots->len + 1);
  guint e1, e2;

  if (find_overlap (self, chosen, &e1, &e2))
    return FALSE;
  for (guint i = 0; i < chosen->len; i++)
    {
      const TomoniSolverAssignment *e = edge_at (self, g_array_index (chosen, guint, i));
      int month = slot_at (self, e->slot)->month;
      guint in_month = 0, cap;

      if (++slot_used[e->slot] > slot_at (self, e->slot)->capacity)
        return FALSE;
      /* chosen is in person order: count this person's slots of the month */
      for (guint k = i; k > 0; k--)
        {
          const TomoniSolverAssignment *o = edge_at (self, g_array_index (chosen, guint, k - 1));

          if (o->person != e->person)
            break;
          if (slot_at (self, o->slot)->month == month)
            in_month++;
        }
      if (lookup_cap (self, e->person, month, &cap) && in_month + 1 > cap)
        return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The branch-and-bound over flow relaxations. */

typedef struct
{
  GPtrArray *stack;             /* open BranchNode, best bound first */
  GArray *best;                 /* edges of the best roster found */
  Value best_value;
  guint64 seq;
  GArray *chosen;               /* scratch */
  GArray *repaired;
  GArray *left;
  GArray *right;
} Search;

/* The proven bound: the best open node's (best first: the heap's top), or
 * @bound (proven elsewhere) if lower, never below the best roster. */
static Value
search_bound (const Search *search,
              const Value  *bound)
{
  Value b = search->best_value;

  if (search->stack->len > 0)
    {
      const BranchNode *top = g_ptr_array_index (search->stack, 0);

      if (value_compare (&top->bound, &b) > 0)
        b = top->bound;
    }
  if (value_compare (bound, &b) < 0)
    b = value_compare (bound, &search->best_value) > 0 ? *bound : search->best_value;

  return b;
}

static gboolean
search_finished (const Search *search,
                 const Value  *bound)
{
  Value b = search_bound (search, bound);

  return value_compare (&b, &search->best_value) <= 0;
}

/* Explores open nodes, best bound first, until none can beat the best roster
 * or @bound, or after @max_relaxations relaxations in all, or at @deadline. */
static gboolean
flow_search (Context       *ctx,
             Search        *search,
             const Value   *bound,
             guint          max_relaxations,
             gint64         deadline,
             GCancellable  *cancellable,
             GError       **error)
{
  TomoniSolver *self = ctx->self;

  while (search->stack->len > 0 && !search_finished (search, bound))
    {
      BranchNode *node;
      Value value, repaired_value;
      guint edge1, edge2;
      gboolean ok;

      /* the root always: its flow bound is the least a stopped search
       * can say */
      if (self->n_relaxations > 0
          && (self->n_relaxations >= max_relaxations
              || (deadline != 0 && g_get_monotonic_time () >= deadline)))
        break;
      node = node_heap_pop (search->stack);
      if (value_compare (&node->bound, &search->best_value) <= 0)
        {
          branch_node_free (node);
          continue;
        }

      for (guint i = 0; i < node->banned->len; i++)
        ctx->banned[g_array_index (node->banned, guint, i)] = 1;
      ok = solve_relaxation (ctx, &value, search->chosen, cancellable, error);

      if (ok && value_compare (&value, &search->best_value) > 0)
        {
          if (!find_overlap (self, search->chosen, &edge1, &edge2))
            {
              search->best_value = value;
              g_array_set_size (search->best, 0);
              g_array_append_vals (search->best, search->chosen->data, search->chosen->len);
            }
          else
            {
              repair_roster (ctx, search->chosen, search->repaired, &repaired_value);
              if (value_compare (&repaired_value, &search->best_value) > 0)
                {
                  search->best_value = repaired_value;
                  g_array_set_size (search->best, 0);
                  g_array_append_vals (search->best, search->repaired->data,
                                       search->repaired->len);
                }
              if (value_compare (&value, &search->best_value) > 0)
                {
                  split_clique (ctx, edge1, edge2, search->left, search->right);
                  /* the child keeping the earlier slots is explored first */
                  push_child (search->stack, node->banned, search->left, &value, &search->seq);
                  push_child (search->stack, node->banned, search->right, &value, &search->seq);
                }
            }
        }

      for (guint i = 0; i < node->banned->len; i++)
        ctx->banned[g_array_index (node->banned, guint, i)] = 0;
      branch_node_free (node);

      if (!ok || g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  return TRUE;
}

/* Edges added again for a pair already present: the first keeps its place
 * and takes the last score, the others go.  By person (a counting sort),
 * with a mark per slot: linear. */
static void
merge_repeated_edges (TomoniSolver *self)
{
  guint n_edges = self->edges->len;
  guint n_people = self->people->len;
  g_autofree guint *first = g_new0 (guint, n_people + 1);
  g_autofree guint *by_person = g_new (guint, n_edges + 1);
  g_autofree guint *mark = g_new0 (guint, self->slots->len + 1);
  g_autofree guint *mark_edge = g_new (guint, self->slots->len + 1);
  g_autofree guint8 *drop = NULL;
  g_autofree guint *pos = NULL;
  guint k = 0;

  for (guint i = 0; i < n_edges; i++)
    first[edge_at (self, i)->person + 1]++;
  for (guint p = 0; p < n_people; p++)
    first[p + 1] += first[p];
  pos = g_memdup2 (first, sizeof (guint) * (n_people + 1));
  for (guint i = 0; i < n_edges; i++)
    by_person[pos[edge_at (self, i)->person]++] = i;

  for (guint p = 0; p < n_people; p++)
    for (guint j = first[p]; j < first[p + 1]; j++)
      {
        guint i = by_person[j];
        TomoniSolverAssignment *e = &g_array_index (self->edges, TomoniSolverAssignment, i);

        if (mark[e->slot] != p + 1)
          {
            mark[e->slot] = p + 1;
            mark_edge[e->slot] = i;
            continue;
          }
        /* in index order, so this one is later: its score wins */
        g_array_index (self->edges, TomoniSolverAssignment, mark_edge[e->slot]).score = e->score;
        if (drop == NULL)
          drop = g_new0 (guint8, n_edges);
        drop[i] = 1;
      }

  if (drop != NULL)
    {
      for (guint i = 0; i < n_edges; i++)
        if (!drop[i])
          g_array_index (self->edges, TomoniSolverAssignment, k++) =
            g_array_index (self->edges, TomoniSolverAssignment, i);
      g_array_set_size (self->edges, k);
    }
  self->edges_checked = TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API */

TomoniSolver *
tomoni_solver_new (void)
{
  TomoniSolver *self = g_new0 (TomoniSolver, 1);

  self->people = g_ptr_array_new ();
  self->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  self->edges = g_array_new (FALSE, FALSE, sizeof (TomoniSolverAssignment));
  self->caps = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  self->assignments = g_array_new (FALSE, FALSE, sizeof (TomoniSolverAssignment));
  self->net = g_new0 (Network, 1);
  self->work = g_new0 (FlowWork, 1);
  self->raw = g_array_new (FALSE, FALSE, sizeof (RawArc));

  return self;
}

void
tomoni_solver_free (TomoniSolver *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->people);
  g_array_unref (self->slots);
  g_array_unref (self->edges);
  g_hash_table_unref (self->caps);
  g_array_unref (self->assignments);
  network_clear (self->net);
  g_free (self->net);
  flow_work_clear (self->work);
  g_free (self->work);
  g_array_unref (self->raw);
  g_free (self->order);
  g_free (self->person_first);
  g_free (self);
}

guint
tomoni_solver_add_person (TomoniSolver *self,
                          gpointer      user_data)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->people->len < G_MAXUINT32 - 1, 0);

  g_ptr_array_add (self->people, user_data);
  input_changed (self);

  return self->people->len - 1;
}

void
tomoni_solver_set_person_cap (TomoniSolver *self,
                              guint         person,
                              int           month_key,
                              guint         cap)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (person < self->people->len);

  g_hash_table_insert (self->caps,
                       g_memdup2 (&(gint64) { pair_key (person, (guint32) month_key) },
                                  sizeof (gint64)),
                       GUINT_TO_POINTER (MIN (cap, G_MAXUINT32)));
}

guint
tomoni_solver_add_slot (TomoniSolver *self,
                        guint         capacity,
                        gint64        start,
                        gint64        end,
                        int           month_key,
                        gpointer      user_data)
{
  Slot slot = { capacity, start, end, month_key, user_data };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (capacity >= 1, 0);
  g_return_val_if_fail (self->slots->len < G_MAXUINT32 - 3, 0);

  g_array_append_val (self->slots, slot);
  input_changed (self);

  return self->slots->len - 1;
}

void
tomoni_solver_add_edge (TomoniSolver *self,
                        guint         person,
                        guint         slot,
                        gint64        score)
{
  TomoniSolverAssignment edge = { person, slot, score };

  g_return_if_fail (self != NULL);
  g_return_if_fail (person < self->people->len);
  g_return_if_fail (slot < self->slots->len);
  g_return_if_fail (score >= 0);

  /* a repeated pair is merged when solving (merge_repeated_edges()): no
   * lookup for each of the many edges an instance has */
  g_array_append_val (self->edges, edge);
  self->edges_checked = FALSE;
  input_changed (self);
}

guint
tomoni_solver_get_n_people (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->people->len;
}

guint
tomoni_solver_get_n_slots (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->slots->len;
}

gpointer
tomoni_solver_get_person_data (TomoniSolver *self,
                               guint         person)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (person < self->people->len, NULL);

  return g_ptr_array_index (self->people, person);
}

gpointer
tomoni_solver_get_slot_data (TomoniSolver *self,
                             guint         slot)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (slot < self->slots->len, NULL);

  return slot_at (self, slot)->user_data;
}

gboolean
tomoni_solver_solve (TomoniSolver  *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  Context ctx = { self, };
  Search search = { 0, };
  g_autofree guint8 *banned = NULL;
  BranchNode *root;
  Value bound = { G_MAXUINT, G_MAXINT64 };
  gint64 deadline = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clear_result (self);
  if (!self->edges_checked)
    {
      merge_repeated_edges (self);
      input_changed (self);
    }
  if (self->time_limit > 0)
    deadline = g_get_monotonic_time () + (gint64) (self->time_limit * G_USEC_PER_SEC);
  if (!validate (self, &ctx.max_score, error))
    return FALSE;

  if (self->order == NULL)
    {
      gint64 t0 = g_get_monotonic_time ();

      self->person_first = g_new0 (guint, self->people->len + 1);
      self->order = sort_edges (self, self->person_first);
      if (self->edges->len > 10000)
        g_debug ("%u edges sorted in %.3f s", self->edges->len,
                 (g_get_monotonic_time () - t0) / 1e6);
    }
  banned = g_new0 (guint8, self->edges->len + 1);
  ctx.order = self->order;
  ctx.banned = banned;
  ctx.person_first = self->person_first;

  search.chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  search.repaired = g_array_new (FALSE, FALSE, sizeof (guint));
  search.left = g_array_new (FALSE, FALSE, sizeof (guint));
  search.right = g_array_new (FALSE, FALSE, sizeof (guint));
  search.best = g_array_new (FALSE, FALSE, sizeof (guint));   /* the empty roster is feasible */
  search.stack = g_ptr_array_new_with_free_func (branch_node_free);
  search.seq = 1;

  root = g_new0 (BranchNode, 1);
  root->banned = g_array_new (FALSE, FALSE, sizeof (guint));
  root->bound = bound;
  g_ptr_array_add (search.stack, root);

  /* The flows first: most months close at the root or after a few
   * branches.  If not, the integer program (much tighter bounds on chains of
   * overlaps) gets three quarters of the time left, or all of it without a limit; if it
   * does not close either, the flow search resumes with the bound and the
   * roster it found (on rosters whose scores all tie it often finds a roster
   * that meets the bound where GLPK's heuristics do not) until the limit. */
  ok = flow_search (&ctx, &search, &bound, FLOW_RELAXATIONS, deadline, cancellable, error);
  if (ok && !search_finished (&search, &bound)
      && (deadline == 0 || g_get_monotonic_time () < deadline))
    {
      gint64 ilp_deadline = deadline;
      gboolean ilp_finished;

      if (deadline != 0)
        ilp_deadline = deadline - (deadline - g_get_monotonic_time ()) / 4;
      ok = ilp_solve (&ctx, ilp_deadline, search.best, &search.best_value, &bound,
                      &ilp_finished, cancellable, error);
      if (ok && !ilp_finished)
        ok = flow_search (&ctx, &search, &bound, G_MAXUINT, deadline, cancellable, error);
    }

  if (ok)
    {
      self->optimal = search_finished (&search, &bound);
      self->bound = self->optimal ? search.best_value : search_bound (&search, &bound);
      self->value = search.best_value;
      for (guint i = 0; i < search.best->len; i++)
        {
          const TomoniSolverAssignment *e = edge_at (self, g_array_index (search.best, guint, i));

          g_array_append_vals (self->assignments, e, 1);
        }
      g_array_sort (self->assignments, compare_assignment);
      if (self->n_relaxations > FLOW_RELAXATIONS)
        g_debug ("%s after %u relaxations: %u filled, score %" G_GINT64_FORMAT
                 "; bound %u filled, score %" G_GINT64_FORMAT,
                 self->optimal ? "optimal" : "time limit", self->n_relaxations,
                 self->value.filled, self->value.score, self->bound.filled, self->bound.score);
    }
  else
    clear_result (self);

  g_clear_pointer (&ctx.by_score, g_free);
  g_ptr_array_unref (search.stack);
  g_array_unref (search.chosen);
  g_array_unref (search.repaired);
  g_array_unref (search.left);
  g_array_unref (search.right);
  g_array_unref (search.best);

  return ok;
}

guint
tomoni_solver_get_n_filled (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->value.filled;
}

gint64
tomoni_solver_get_total_score (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->value.score;
}

GArray *
tomoni_solver_get_assignments (TomoniSolver *self)
{
  GArray *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_array_sized_new (FALSE, FALSE, sizeof (TomoniSolverAssignment),
                            self->assignments->len);
  g_array_append_vals (copy, self->assignments->data, self->assignments->len);

  return copy;
}

guint
tomoni_solver_get_n_relaxations (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_relaxations;
}

/**
 * tomoni_solver_set_time_limit:
 * @seconds: the limit, or 0 for none
 *
 * Bounds how long tomoni_solver_solve() searches.  When the limit is reached
 * the solve still succeeds with the best roster found, and
 * tomoni_solver_get_optimal() is %FALSE; the bound then says how much better
 * a roster could be at most.
 */
void
tomoni_solver_set_time_limit (TomoniSolver *self,
                              double        seconds)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (seconds >= 0);

  self->time_limit = seconds;
}

double
tomoni_solver_get_time_limit (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->time_limit;
}

gboolean
tomoni_solver_get_optimal (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->optimal;
}

guint
tomoni_solver_get_filled_bound (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bound.filled;
}

gint64
tomoni_solver_get_score_bound (TomoniSolver *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bound.score;
}
