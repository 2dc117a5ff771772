// Hello from 4 pthreads, in turn: each waits on a condition variable until it is its turn,
// prints, and hands the turn on (so the output is the same on every run).
#include <pthread.h>
#include <stdio.h>

#define THREADS 4

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn_changed = PTHREAD_COND_INITIALIZER;
static int turn = 0;

static void* hello(void* arg) {
  int id = (int)(long)arg;
  pthread_mutex_lock(&mutex);
  while (turn != id) pthread_cond_wait(&turn_changed, &mutex);
  printf("hello from thread %d of %d\n", id, THREADS);
  turn++;
  pthread_cond_broadcast(&turn_changed);
  pthread_mutex_unlock(&mutex);
  return (void*)(long)(id * id);
}

int main(void) {
  pthread_t threads[THREADS];
  void* results[THREADS];
  for (long i = THREADS - 1; i >= 0; i--) pthread_create(&threads[i], NULL, hello, (void*)i);
  for (int i = 0; i < THREADS; i++) pthread_join(threads[i], &results[i]);
  for (int i = 0; i < THREADS; i++) printf("joined thread %d: %d\n", i, (int)(long)results[i]);
  printf("all threads done\n");
  return 0;
}
