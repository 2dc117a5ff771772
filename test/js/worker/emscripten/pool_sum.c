// A pool of 4 pthreads sums an array: each adds up its quarter, then adds its part to the
// total under a mutex and signals a condition variable; the main thread waits on it until all
// four have reported.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define THREADS 4
#define COUNT (1 << 18)

static int32_t* numbers;
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t reported = PTHREAD_COND_INITIALIZER;
static int64_t total = 0;
static int finished = 0;

static void* sum_part(void* arg) {
  int part = (int)(long)arg;
  int64_t sum = 0;
  for (int i = part * (COUNT / THREADS); i < (part + 1) * (COUNT / THREADS); i++) sum += numbers[i];
  pthread_mutex_lock(&mutex);
  total += sum;
  finished++;
  pthread_cond_signal(&reported);
  pthread_mutex_unlock(&mutex);
  return NULL;
}

int main(void) {
  numbers = malloc(COUNT * sizeof *numbers);
  int64_t expected = 0;
  for (int i = 0; i < COUNT; i++) {
    numbers[i] = (i * 7919) % 1000;
    expected += numbers[i];
  }
  pthread_t threads[THREADS];
  for (long i = 0; i < THREADS; i++) pthread_create(&threads[i], NULL, sum_part, (void*)i);
  pthread_mutex_lock(&mutex);
  while (finished < THREADS) pthread_cond_wait(&reported, &mutex);
  pthread_mutex_unlock(&mutex);
  for (int i = 0; i < THREADS; i++) pthread_join(threads[i], NULL);
  printf("%d threads summed %d numbers: %lld (expected %lld)\n", THREADS, COUNT,
         (long long)total, (long long)expected);
  free(numbers);
  return total == expected ? 0 : 1;
}
